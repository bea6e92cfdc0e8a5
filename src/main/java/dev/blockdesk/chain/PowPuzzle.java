package dev.blockdesk.chain;

import java.util.Objects;

/**
 * What a miner solves to extend a chain: a proof that {@code rule} accepts after the tip. Made by
 * {@link ProofRule#puzzleAfter}; {@link Blockchain} refuses a solved puzzle whose tip or rule is no
 * longer its own.
 *
 * @param lastProof the tip's proof, in decimal
 * @param lastHash  the tip's hash
 * @param nextIndex the index of the block the proof is for
 * @param rule      the proof-of-work rule the proof must meet
 */
public record PowPuzzle(String lastProof, String lastHash, long nextIndex, ProofRule rule) {

    public PowPuzzle {
        Objects.requireNonNull(rule, "rule");
    }
}
