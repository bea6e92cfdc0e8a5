package dev.blockdesk.node;

/**
 * When a fetch from one peer must be over, as {@link System#nanoTime}: a single request's deadline,
 * or the current page's in a paged sync, which moves it on as it asks each page ({@link SyncPace}).
 * The consensus round waits for the fetch until it passes (with a grace), so a fetch that is still
 * running at it is reported as unanswered. Written by the fetch, read by the round.
 */
final class FetchDeadline {

    private volatile long at;

    FetchDeadline(long at) {
        this.at = at;
    }

    long at() {
        return at;
    }

    void set(long value) {
        at = value;
    }
}
