package dev.blockdesk.node;

import dev.blockdesk.chain.ChainText;
import dev.blockdesk.chain.Explained;

/** A web origin {@link CorsOrigins} cannot let in; the message says which entry and why, for a person. */
public final class InvalidOriginException extends IllegalArgumentException implements Explained {

    private final transient ChainText text;

    InvalidOriginException(ChainText text) {
        super(text.english());
        this.text = text;
    }

    /** The reason in any language; {@link #getMessage()} is its English. */
    @Override
    public ChainText text() {
        return text;
    }
}
