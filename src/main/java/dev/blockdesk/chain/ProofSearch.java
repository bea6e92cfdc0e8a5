package dev.blockdesk.chain;

/** One thread's search for a proof, made by {@link ProofRule#search}. Not thread-safe: each thread has its own. */
public interface ProofSearch {

    /**
     * Tries proofs {@code from} (inclusive) to {@code to} (exclusive) in order.
     *
     * @return the first proof that solves the puzzle, or -1 when none in the range does
     */
    long scan(long from, long to);
}
