package dev.blockdesk.node;

import java.time.Duration;
import java.util.Locale;

/**
 * The time limits of one paged sync with one peer ({@link SyncFetch}). Its tip is one request, with
 * the deadline of a single request. Each page after it, of hashes or of blocks, has a deadline of
 * its own: the response timeout from when it is asked. And the sync as a whole must keep up at
 * least {@link #MIN_PER_SECOND} blocks or hashes a second after its first response timeout: a page
 * is cut short where that pace, counting the page's own blocks or hashes as if they had come,
 * would be missed. So a peer that trickles (a block a page, each page just within its deadline) is
 * dropped a few seconds on, and a sync with a peer announcing N blocks ends within the response
 * timeout plus 2 ms for every block and hash it may send (a walk back through at most N hashes,
 * then at most N blocks): 10 s + 4 ms × N at most, where an honest peer on loopback takes about
 * 0.02 ms a block. The deadline of the page being read is also the fetch's ({@link FetchDeadline}),
 * so the round waits for a sync as long as it keeps its pace, and no longer.
 */
final class SyncPace {

    /** The pace a sync must average after its first response timeout, in blocks or hashes a second. */
    static final int MIN_PER_SECOND = 500;

    private static final long NANOS_EACH = 1_000_000_000L / MIN_PER_SECOND;

    private final long start;
    private final Duration perPage;
    private final FetchDeadline deadline;
    private long blocks;
    private long hashes;
    /** Whether the page being read is cut short by the pace rather than by its own deadline. */
    private boolean paced;

    /**
     * @param start    when the sync began ({@link System#nanoTime})
     * @param perPage  the response timeout: the deadline of the tip, and of each page from when it is asked
     * @param deadline the fetch's deadline, moved on as pages are asked
     */
    SyncPace(long start, Duration perPage, FetchDeadline deadline) {
        this.start = start;
        this.perPage = perPage;
        this.deadline = deadline;
    }

    /** The deadline of the first, single request (the tip): the response timeout from the start. */
    long single() {
        paced = false;
        long at = start + perPage.toNanos();
        deadline.set(at);
        return at;
    }

    /** The deadline of a page of up to {@code asked} blocks or hashes, asked now. */
    long page(long asked) {
        long own = System.nanoTime() + perPage.toNanos();
        long pace = start + perPage.toNanos() + saturated(blocks + hashes + asked);
        paced = pace < own;
        long at = Math.min(own, pace);
        deadline.set(at);
        return at;
    }

    private static long saturated(long items) {
        return items > Long.MAX_VALUE / NANOS_EACH / 2 ? Long.MAX_VALUE / 2 : items * NANOS_EACH;
    }

    /** {@code count} blocks were taken from a page. */
    void tookBlocks(long count) {
        blocks += count;
    }

    /** {@code count} hashes were taken from a page. */
    void tookHashes(long count) {
        hashes += count;
    }

    /** Why the page asked as {@code GET path} got no complete answer by its deadline. */
    String late(String path) {
        if (!paced) {
            return "no complete answer to GET " + path + " within " + perPage.toSeconds()
                    + " s, the deadline of each page";
        }
        return String.format(
                Locale.ROOT,
                "too slow: %d %s and %d %s in %.1f s; a sync must average %d blocks or hashes a second"
                        + " after its first %d s",
                blocks,
                blocks == 1 ? "block" : "blocks",
                hashes,
                hashes == 1 ? "hash" : "hashes",
                (System.nanoTime() - start) / 1e9,
                MIN_PER_SECOND,
                perPage.toSeconds());
    }
}
