package dev.blockdesk.node;

import java.util.UUID;

/** Node ids as the Python node makes them: a UUID4 without dashes. */
public final class NodeIds {

    private NodeIds() {}

    public static String random() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
