package dev.blockdesk.chain;

import java.nio.charset.StandardCharsets;

/**
 * dvf-early's proof of work, the first edition's {@code valid_proof(last_proof, proof)}: the
 * SHA-256 hex of {@code f"{last_proof}{proof}"} must start with {@code difficulty} zeros. The
 * previous block's hash is not part of it, so a proof stays valid when the block before it is
 * edited; dvf added the hash to close exactly that gap.
 */
public final class EarlyProofOfWork implements ProofRule {

    private final int difficulty;

    public EarlyProofOfWork(int difficulty) {
        new ProofOfWork(difficulty); // the same range check
        this.difficulty = difficulty;
    }

    public int difficulty() {
        return difficulty;
    }

    @Override
    public String problem(Block previous, Block block) {
        return ChainText.english(problemText(previous, block));
    }

    @Override
    public ChainText problemText(Block previous, Block block) {
        if (isValid(previous.proofText(), block.proofText())) {
            return null;
        }
        return ChainText.of("chain.proof.early", block.proofText(), difficulty, previous.proofText());
    }

    /** The string that is hashed: the two proofs, and nothing of the block before. */
    static String guess(String lastProof, String proof) {
        return lastProof + proof;
    }

    private boolean isValid(String lastProof, String proof) {
        return ProofOfWork.meets(Sha256.digest(guess(lastProof, proof).getBytes(StandardCharsets.US_ASCII)), difficulty);
    }

    @Override
    public ProofTrial trial(java.math.BigInteger lastProof, java.math.BigInteger proof, String lastHash) {
        return ProofOfWork.hashed("sha256(f\"{last_proof}{proof}\")", guess(lastProof.toString(), proof.toString()), difficulty,
                isValid(lastProof.toString(), proof.toString()));
    }

    @Override
    public ProofSearch search(PowPuzzle puzzle) {
        return new Sha256ProofSearch(puzzle.lastProof(), "", difficulty);
    }

    @Override
    public double expectedTries() {
        return Math.pow(16, difficulty);
    }

    @Override
    public String describe() {
        return "every proof has " + ProofOfWork.zeros(difficulty) + " (not bound to the block before)";
    }

    @Override
    public String leavesOpen() {
        return "The proof covers only the two proofs, not the previous block's hash: an edited block keeps"
                + " a valid proof, and only the next block's previous_hash gives the edit away.";
    }

    @Override
    public String explain(Block previous, Block block) {
        String guess = previous.proofText() + block.proofText();
        return "Proof of work: sha256(last_proof + proof), the previous block's hash left out\n"
                + "  " + previous.proofText() + " + " + block.proofText() + "\n"
                + ProofOfWork.workedDigest(guess, difficulty);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EarlyProofOfWork other && difficulty == other.difficulty;
    }

    @Override
    public int hashCode() {
        return 31 + difficulty;
    }

    @Override
    public String toString() {
        return "difficulty " + difficulty + ", last_proof + proof";
    }
}
