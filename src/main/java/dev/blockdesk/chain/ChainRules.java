package dev.blockdesk.chain;

import java.io.IOException;
import java.io.OutputStream;

/**
 * What a dialect of the tutorial blockchain decides: how a block is hashed, what a valid proof of
 * work is, what the genesis block looks like and where indexes start. The rest is Blockdesk's and
 * the same in every dialect: a block's JSON shape, indexes counting up by one, each previous_hash
 * being the hash of the block before, and the first bad block reported with a reason.
 * {@link ChainValidator}, {@link Blockchain}, the {@link Miner}, the store's loading and the window
 * take their rules from here, so a new dialect is a new implementation and nothing else.
 * {@link Dialects} names them all; {@link DvfRules} is the default.
 */
public interface ChainRules {

    /** The dialect's name, as {@code dialects.md} spells it: {@code dvf}. */
    String id();

    /** How a block's hash is computed; applied once, when a {@link Block} is built. */
    BlockHasher hasher();

    /** What a valid proof of work is, and how a miner finds one. */
    ProofRule proof();

    /** The index of the genesis block; every later block's is one more than the one before. */
    long firstIndex();

    /** A genesis block made at {@code timestamp}, as this dialect's node makes its own. */
    Block genesis(double timestamp);

    /** Why {@code block} cannot be the first block of a chain, in English, or null when it can. */
    String genesisProblem(Block block);

    /**
     * {@link #genesisProblem} as a text the window can say in its language ({@link ChainText#in}), or
     * null. The dialects override it; rules that do not are said in English, as their reason stands.
     */
    default ChainText genesisProblemText(Block block) {
        String problem = genesisProblem(block);
        return problem == null ? null : ChainText.verbatim(problem);
    }

    /** Which tutorial's node speaks this dialect, for people: {@code "dvf/blockchain, the classic tutorial"}. */
    String tutorial();

    /** {@link #tutorial()} as a text the window says in its language; rules that do not override it are said in English. */
    default ChainText tutorialText() {
        return ChainText.verbatim(tutorial());
    }

    /**
     * Whether {@code block}'s previous_hash names {@code previous}: by default when it is the string
     * {@code previous.hash()}. A dialect whose nodes may compute a block's hash two ways accepts both.
     */
    default boolean links(Block previous, Block block) {
        return block.previousHashIsText() && block.previousHash().equals(previous.hash());
    }

    /** Why {@code block} cannot follow {@code previous} for a reason beyond index, link and proof, in English, or null. */
    default String orderProblem(Block previous, Block block) {
        return null;
    }

    /**
     * {@link #orderProblem} as a text the window can say in its language, or null. A dialect with an
     * order problem overrides both; rules that override only {@link #orderProblem} are said in English.
     */
    default ChainText orderProblemText(Block previous, Block block) {
        String problem = orderProblem(previous, block);
        return problem == null ? null : ChainText.verbatim(problem);
    }

    /** {@code block} as this dialect's node writes it to a chain file: canonical JSON unless its hash needs another key order. */
    default byte[] fileJson(Block block) {
        return block.canonicalBytes();
    }

    /** Writes {@code chain} as a chain file of this dialect: the {@code /chain} document unless its node loads another shape. */
    default void writeFile(Chain chain, OutputStream out) throws IOException {
        chain.writeDocument(out);
    }
}
