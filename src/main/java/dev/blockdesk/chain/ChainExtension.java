package dev.blockdesk.chain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A peer's blocks validated as they arrive, page by page, on top of a prefix of our own chain (the
 * blocks we share with it): the first block is checked against our block at the shared height, each
 * later one against the block before, with {@link ChainValidator}'s checks and reasons, and verdicts
 * name blocks by their position in the whole chain, as a validation of the whole chain would. Blocks
 * equal to ours at the same height are kept as our objects. Not thread-safe: one reader feeds it.
 */
public final class ChainExtension {

    private final ChainValidator validator;
    private final Chain known;
    private Chain chain;
    private ValidationResult failure;

    /**
     * @param prefix the blocks both chains hold, from the genesis block up, or null when they share
     *               none: then the first block taken is checked as a genesis block
     * @param known  our chain, whose blocks are kept instead of equal ones read, or null
     */
    ChainExtension(ChainValidator validator, Chain prefix, Chain known) {
        this.validator = Objects.requireNonNull(validator);
        this.chain = prefix;
        this.known = known;
    }

    /** Whether a block was refused (or {@link #fail} called): then nothing more is taken. */
    public boolean failed() {
        return failure != null;
    }

    /** The chain so far: the prefix and every block taken; null before the first block when there was no prefix. */
    public Chain chain() {
        return chain;
    }

    /** Takes the next block, as a peer sent it; a bad one ends the extension with the reason. */
    public void add(JsonNode json) {
        if (failed()) {
            return;
        }
        Block block;
        try {
            block = Block.adopt(json, validator.rules().hasher());
        } catch (InvalidBlockException e) {
            failAt(e.text());
            return;
        }
        ChainText problem = chain == null
                ? validator.rules().genesisProblemText(block)
                : validator.linkProblemText(chain.tip(), block);
        if (problem != null) {
            failAt(problem);
            return;
        }
        Block ours = known != null && known.holds(block) ? known.block(block.index()) : block;
        chain = chain == null ? new Chain(java.util.List.of(ours)) : chain.append(ours);
    }

    /** Ends the extension with a fault of the document rather than of one block: a page that breaks the protocol. */
    public void fail(String reason) {
        fail(ChainText.verbatim(reason));
    }

    /** As {@link #fail(String)}, with a reason the window can say in its language. */
    public void fail(ChainText reason) {
        if (!failed()) {
            failure = ValidationResult.invalidDocument(reason);
        }
    }

    /** Ends the extension blaming the block at {@code index} of the chain (counted from the genesis index). */
    public void failAt(long index, String reason) {
        failAt(index, ChainText.verbatim(reason));
    }

    /** As {@link #failAt(long, String)}, with a reason the window can say in its language. */
    public void failAt(long index, ChainText reason) {
        if (!failed()) {
            long position = index - validator.rules().firstIndex() + 1;
            failure = ValidationResult.invalidBlock(
                    (int) Math.max(1, Math.min(Integer.MAX_VALUE, position)), index, reason);
        }
    }

    private void failAt(ChainText reason) {
        failAt(chain == null ? validator.rules().firstIndex() : chain.tip().index() + 1, reason);
    }

    /** The verdict: the whole chain, valid, or the first fault. */
    public ValidationResult result() {
        if (failure != null) {
            return failure;
        }
        return chain == null ? ValidationResult.invalidDocument(ChainValidator.EMPTY) : ValidationResult.valid(chain);
    }
}
