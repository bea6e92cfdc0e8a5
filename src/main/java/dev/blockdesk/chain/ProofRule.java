package dev.blockdesk.chain;

/**
 * A dialect's proof of work: what makes a proof valid, the puzzle a miner solves and how it
 * searches, and how to say all that to a person. Implementations are immutable and define
 * {@code equals}: a puzzle handed out under one rule is refused under an unequal one.
 */
public interface ProofRule {

    /** Why {@code block}'s proof does not follow {@code previous}, as a reason a person can check, in English; null when it does. */
    String problem(Block previous, Block block);

    /**
     * {@link #problem} as a text the window can say in its language ({@link ChainText#in}), or null.
     * The dialects' rules override it; a rule that does not is said in English, as its reason stands.
     */
    default ChainText problemText(Block previous, Block block) {
        String problem = problem(previous, block);
        return problem == null ? null : ChainText.verbatim(problem);
    }

    /** What a miner solves to put the next block on {@code tip}. */
    default PowPuzzle puzzleAfter(Block tip) {
        return new PowPuzzle(tip.proofText(), tip.hash(), tip.index() + 1, this);
    }

    /** The first proof a miner tries, where the dialect's Python miner starts counting. */
    default long firstProof(PowPuzzle puzzle) {
        return 0;
    }

    /**
     * A search for {@code puzzle} on one thread: the {@link Miner} makes one per thread and calls
     * it from that thread only. This is the miner's hot loop; keep a try free of allocations.
     */
    ProofSearch search(PowPuzzle puzzle);

    /** Leading zero hex digits a proof needs, or -1 for a rule that has no difficulty (pyscoop's sevens). */
    default int difficulty() {
        return -1;
    }

    /** How many tries find a proof on average. */
    double expectedTries();

    /**
     * One short line for people: what every valid proof satisfies and, when the rule leaves something
     * open, what ({@code "every proof has 4 leading zeros"} for dvf, whose proof covers the block
     * before). The window shows it after "every previous_hash matches the block before, ".
     */
    String describe();

    /** {@link #describe()} as a text the window says in its language; a rule that does not override it is said in English. */
    default ChainText describeText() {
        return ChainText.verbatim(describe());
    }

    /**
     * What the rule leaves open, in a sentence or two for a learner: whether the proof binds the
     * block before, the block itself, or nothing (the explain panel shows it under the worked proof).
     */
    String leavesOpen();

    /** {@link #leavesOpen()} as a text the window says in its language; a rule that does not override it is said in English. */
    default ChainText leavesOpenText() {
        return ChainText.verbatim(leavesOpen());
    }

    /** {@code block}'s proof worked through against {@code previous}, over a few lines, ending with the verdict. */
    String explain(Block previous, Block block);

    /** {@link #explain} as a text the window says in its language; a rule that does not override it is said in English. */
    default ChainText explainText(Block previous, Block block) {
        return ChainText.verbatim(explain(previous, block));
    }

    /**
     * The rule applied to values typed by a person, as the hash playground shows it: the exact text
     * hashed (or the computation made), its result and the verdict, by the same code as
     * {@link #problem}: a trial with {@code previous}'s proof and hash and {@code block}'s proof is
     * valid exactly when {@code problem(previous, block)} is null.
     *
     * @param lastHash the previous block's hash as typed: any text (a rule that leaves it out ignores it)
     */
    ProofTrial trial(java.math.BigInteger lastProof, java.math.BigInteger proof, String lastHash);
}
