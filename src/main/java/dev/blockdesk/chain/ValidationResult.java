package dev.blockdesk.chain;

import java.util.Locale;
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
    private final ChainText reasonText;
    private final String reason;

    private ValidationResult(Chain chain, int length, int badBlock, long badIndex, ChainText reason) {
        this.chain = chain;
        this.length = length;
        this.badBlock = badBlock;
        this.badIndex = badIndex;
        this.reasonText = reason;
        this.reason = ChainText.english(reason);
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
    static ValidationResult invalidBlock(int block, long index, ChainText reason) {
        return new ValidationResult(null, 0, block, index, Objects.requireNonNull(reason));
    }

    static ValidationResult invalidDocument(ChainText reason) {
        return new ValidationResult(null, 0, 0, 0, Objects.requireNonNull(reason));
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

    /** Why the chain is invalid, without the block number, in English; null when valid. */
    public String reason() {
        return reason;
    }

    /** {@link #reason()} as a text the window says in its language ({@link ChainText#in}); null when valid. */
    public ChainText reasonText() {
        return reasonText;
    }

    /** The index the first bad block has in its chain (its position counted from the genesis index); 0 when valid. */
    public long badIndex() {
        return badIndex;
    }

    /** {@code block 3: previous_hash does not match the hash of block 2}, {@code chain: ...}, or {@code valid, N blocks}. */
    public String describe() {
        return describeText().english();
    }

    /** {@link #describe()} as a text to be said in any language: {@code 区块 3：previous_hash 与区块 2 的哈希不符}. */
    public ChainText describeText() {
        if (isValid()) {
            return ChainText.of("chain.verdict.valid", length);
        }
        return badBlock > 0
                ? ChainText.of("chain.verdict.block", badIndex, reasonText)
                : ChainText.of("chain.verdict.document", reasonText);
    }

    /** {@link #describe()} in {@code locale}'s language (English for a language Blockdesk does not speak). */
    public String describeIn(Locale locale) {
        return describeText().in(locale);
    }

    @Override
    public String toString() {
        return describe();
    }
}
