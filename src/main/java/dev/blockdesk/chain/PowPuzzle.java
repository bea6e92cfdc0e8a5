package dev.blockdesk.chain;

/**
 * What a miner solves to extend a chain: find a proof such that
 * {@code sha256(lastProof + proof + lastHash)} starts with {@code difficulty} zero hex digits.
 *
 * @param lastProof the tip's proof, in decimal
 * @param lastHash  the tip's hash
 * @param nextIndex the index of the block the proof is for
 */
public record PowPuzzle(String lastProof, String lastHash, long nextIndex, int difficulty) {

    public static PowPuzzle after(Block tip, int difficulty) {
        return new PowPuzzle(tip.proofText(), tip.hash(), tip.index() + 1, difficulty);
    }
}
