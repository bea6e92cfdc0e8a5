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
        return ProofOfWork.meets(
                Sha256.digest(guess(lastProof, proof).getBytes(StandardCharsets.US_ASCII)), difficulty);
    }

    @Override
    public ProofTrial trial(java.math.BigInteger lastProof, java.math.BigInteger proof, String lastHash) {
        return ProofOfWork.hashed(
                "sha256(f\"{last_proof}{proof}\")",
                guess(lastProof.toString(), proof.toString()),
                difficulty,
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
        return describeText().english();
    }

    @Override
    public String leavesOpen() {
        return leavesOpenText().english();
    }

    @Override
    public String explain(Block previous, Block block) {
        return explainText(previous, block).english();
    }

    @Override
    public ChainText describeText() {
        return ChainText.of("chain.proof.describe.early", ProofOfWork.zeros(difficulty));
    }

    @Override
    public ChainText leavesOpenText() {
        return ChainText.of("chain.proof.leavesOpen.early");
    }

    @Override
    public ChainText explainText(Block previous, Block block) {
        String guess = previous.proofText() + block.proofText();
        return ChainText.of(
                "chain.proof.explain.early",
                previous.proofText(),
                block.proofText(),
                ProofOfWork.workedDigest(guess, difficulty));
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
