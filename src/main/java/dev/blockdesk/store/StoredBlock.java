package dev.blockdesk.store;

/**
 * A block as stored: its index, the hash it had when written, and its canonical JSON.
 *
 * @param index     1-based position in the chain
 * @param hash      the hash recorded when the block was written
 * @param canonical the canonical JSON bytes, from which the block and its hash are computed again
 */
public record StoredBlock(long index, String hash, byte[] canonical) {}
