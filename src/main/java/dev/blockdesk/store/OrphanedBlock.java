package dev.blockdesk.store;

import java.time.Instant;

/**
 * A block of ours that a chain replacement overwrote ({@link Store#replaceBlocks}), kept as it was
 * stored so it can still be shown: its index, the hash recorded when it was written, its canonical
 * JSON and when it was orphaned.
 *
 * <p>Like a {@link StoredBlock}, it is bytes, not a {@link dev.blockdesk.chain.Block}: only the
 * chain's dialect knows how to hash them. A caller reads one back as {@link StoredChain} reads a
 * stored block, with {@code Block.fromCanonical(orphan.canonical(), rules.hasher())}, and compares
 * the block's hash with {@link #hash()}; the bytes are whatever the blocks table held, so they may
 * not read as a block at all (a block dropped by a recovery from a damaged chain, say).
 *
 * @param index      its position in the chain it was dropped from
 * @param hash       the hash recorded when it was written; no two kept orphaned blocks share one
 * @param canonical  the canonical JSON bytes, exactly as they were stored in the blocks table
 * @param orphanedAt when it was last orphaned, to the millisecond, by the store's clock
 */
public record OrphanedBlock(long index, String hash, byte[] canonical, Instant orphanedAt) {}
