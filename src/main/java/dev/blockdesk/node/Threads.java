package dev.blockdesk.node;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Every thread Blockdesk starts has a name that says what it does, and none keeps the JVM alive. */
public final class Threads {

    private Threads() {}

    /** Daemon threads named {@code name-1}, {@code name-2}, … */
    public static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
