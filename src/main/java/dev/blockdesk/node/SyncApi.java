package dev.blockdesk.node;

/**
 * Blockdesk's own sync API, version 1, beside the tutorial's routes: a node's tip, pages of block
 * hashes walking back from an index, and pages of blocks from an index. A peer that serves it is
 * synced with by what is new; one that does not gets {@code GET /chain} as before. The limits are
 * the server's: a page never holds more, whatever is asked, so no client can make a node build a
 * large answer, and no page a node reads is larger than {@link #MAX_PAGE_READ}.
 */
public final class SyncApi {

    /** Where the version-1 routes live. */
    public static final String PREFIX = "/blockdesk/v1";
    /** {@code {"dialect", "genesis", "hash", "index", "length"}} of the chain's last block. */
    public static final String TIP = PREFIX + "/tip";
    /** {@code ?from=I&count=N}: {@code {"from": I, "hashes": [hash of I, of I-1, ...]}}. */
    public static final String HASHES = PREFIX + "/hashes";
    /** {@code ?from=I&count=N}: {@code {"blocks": [block I, I+1, ...], "from": I}}, each block in canonical JSON. */
    public static final String BLOCKS = PREFIX + "/blocks";

    /** The most hashes one page holds (about 680 KB). */
    public static final int MAX_HASHES = 10_000;
    /** The most blocks one page holds. */
    public static final int MAX_BLOCKS = 1_000;
    /** A page of blocks ends at the first block that takes it past this many bytes (it always holds one block). */
    public static final long PAGE_BYTES = 4L << 20;
    /**
     * The largest page a node reads from a peer (or its cap on a whole chain, if lower): a page is
     * under {@link #PAGE_BYTES} but for its last block, so this leaves a block up to 12 MiB.
     */
    public static final long MAX_PAGE_READ = 16L << 20;

    private SyncApi() {}
}
