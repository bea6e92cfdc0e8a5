package dev.blockdesk.chain;

import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on a chain: valid, with the {@link Chain}, or invalid, with the first bad block
 * (1-based; 0 when the document as a whole is wrong) and a reason a person can act on.
 */
public final class ValidationResult {

    private final Chain chain;
    private final int length;
    private final int badBlock;
    private final long badIndex;
    private final String reason;

    private ValidationResult(Chain chain, int length, int badBlock, long badIndex, String reason) {
        this.chain = chain;
        this.length = length;
        this.badBlock = badBlock;
        this.badIndex = badIndex;
        this.reason = reason;
    }

    static ValidationResult valid(Chain chain) {
        return new ValidationResult(Objects.requireNonNull(chain), chain.length(), 0, 0, null);
    }

    /** A valid chain whose blocks were checked and let go, as {@link ChainValidator#check} does. */
    static ValidationResult validNotKept(int length) {
        return new ValidationResult(null, length, 0, 0, null);
    }

    /**
     * @param block the bad block's 1-based position
     * @param index the index a block at that position has in the rules' chain (the position in dvf,
     *              one less in pyscoop, whose genesis is block 0); verdicts name blocks by it
     */
    static ValidationResult invalidBlock(int block, long index, String reason) {
        return new ValidationResult(null, 0, block, index, reason);
    }

    static ValidationResult invalidDocument(String reason) {
        return new ValidationResult(null, 0, 0, 0, reason);
    }

    public boolean isValid() {
        return reason == null;
    }

    /** The valid chain; empty when invalid, or when the validator was asked not to keep the blocks. */
    public Optional<Chain> chain() {
        return Optional.ofNullable(chain);
    }

    /** How many blocks a valid chain has; 0 when invalid. */
    public int length() {
        return length;
    }

    /** The 1-based position of the first bad block, or 0 when no single block is to blame. */
    public int badBlock() {
        return badBlock;
    }

    /** Why the chain is invalid, without the block number; null when valid. */
    public String reason() {
        return reason;
    }

    /** The index the first bad block has in its chain (its position counted from the genesis index); 0 when valid. */
    public long badIndex() {
        return badIndex;
    }

    /** {@code block 3: previous_hash does not match the hash of block 2}, {@code chain: ...}, or {@code valid, N blocks}. */
    public String describe() {
        if (isValid()) {
            return "valid, " + length + " blocks";
        }
        return (badBlock > 0 ? "block " + badIndex : "chain") + ": " + reason;
    }

    @Override
    public String toString() {
        return describe();
    }
}
