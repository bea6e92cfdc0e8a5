package dev.blockdesk.chain;

import java.nio.charset.StandardCharsets;

/**
 * dvf's proof of work, the Python node's {@code valid_proof}: the SHA-256 hex of the ASCII string
 * {@code f"{last_proof}{proof}{last_hash}"} must start with {@code difficulty} zero hex digits.
 */
public final class ProofOfWork implements ProofRule {

    public static final int DEFAULT_DIFFICULTY = 4;
    public static final int MAX_DIFFICULTY = 64;

    private final int difficulty;

    public ProofOfWork(int difficulty) {
        if (difficulty < 0 || difficulty > MAX_DIFFICULTY) {
            throw new IllegalArgumentException(
                    "difficulty must be between 0 and " + MAX_DIFFICULTY + ", got " + difficulty);
        }
        this.difficulty = difficulty;
    }

    public int difficulty() {
        return difficulty;
    }

    /** The string that is hashed. */
    static String guess(String lastProof, String proof, String lastHash) {
        return lastProof + proof + lastHash;
    }

    public boolean isValid(String lastProof, String proof, String lastHash) {
        return meets(Sha256.digest(guess(lastProof, proof, lastHash).getBytes(StandardCharsets.UTF_8)));
    }

    /** True when the digest starts with {@code difficulty} zero nibbles; no hex formatting involved. */
    public boolean meets(byte[] digest) {
        return meets(digest, difficulty);
    }

    static boolean meets(byte[] digest, int difficulty) {
        int fullBytes = difficulty >>> 1;
        for (int i = 0; i < fullBytes; i++) {
            if (digest[i] != 0) {
                return false;
            }
        }
        return (difficulty & 1) == 0 || (digest[fullBytes] & 0xf0) == 0;
    }

    @Override
    public String problem(Block previous, Block block) {
        return ChainText.english(problemText(previous, block));
    }

    @Override
    public ChainText problemText(Block previous, Block block) {
        if (isValid(previous.proofText(), block.proofText(), previous.hash())) {
            return null;
        }
        return ChainText.of("chain.proof.difficulty", block.proofText(), difficulty);
    }

    @Override
    public ProofSearch search(PowPuzzle puzzle) {
        return new Sha256ProofSearch(puzzle.lastProof(), puzzle.lastHash(), difficulty);
    }

    /** On average this many tries find a proof: 16 to the power of the difficulty. */
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
        return ChainText.of("chain.proof.describe.dvf", zeros(difficulty));
    }

    @Override
    public ChainText leavesOpenText() {
        return ChainText.of("chain.proof.leavesOpen.dvf");
    }

    @Override
    public ChainText explainText(Block previous, Block block) {
        String guess = guess(previous.proofText(), block.proofText(), previous.hash());
        return ChainText.of(
                "chain.proof.explain.dvf",
                previous.proofText(),
                block.proofText(),
                previous.hash(),
                workedDigest(guess, difficulty));
    }

    /** The last lines of an explanation: the hashed string, its digest with the zeros marked, and the verdict. */
    static ChainText workedDigest(String guess, int difficulty) {
        String digest = Sha256.hex(guess);
        int zeros = Sha256.leadingZeros(digest);
        return ChainText.of(
                "chain.proof.worked",
                guess,
                digest.substring(0, zeros),
                digest.substring(zeros),
                verdict(zeros, difficulty, zeros >= difficulty));
    }

    @Override
    public ProofTrial trial(java.math.BigInteger lastProof, java.math.BigInteger proof, String lastHash) {
        String guess = guess(lastProof.toString(), proof.toString(), lastHash);
        return hashed(
                "sha256(f\"{last_proof}{proof}{last_hash}\")",
                guess,
                difficulty,
                isValid(lastProof.toString(), proof.toString(), lastHash));
    }

    /** A trial of a rule that hashes {@code guess} (as UTF-8) and wants {@code difficulty} leading zeros; {@code valid} is the rule's own verdict. */
    static ProofTrial hashed(String formula, String guess, int difficulty, boolean valid) {
        String digest = Sha256.hex(guess);
        return new ProofTrial(
                formula, guess, true, digest, valid, verdict(Sha256.leadingZeros(digest), difficulty, valid));
    }

    /** {@code "4 leading zeros; difficulty 4 needs 4 ✓"}. */
    static ChainText verdict(int zeros, int difficulty, boolean valid) {
        return valid
                ? ChainText.of("chain.proof.verdict.valid", zeros(zeros), difficulty)
                : ChainText.of("chain.proof.verdict.invalid", zeros(zeros), difficulty);
    }

    /** {@code "1 leading zero"}, {@code "4 leading zeros"}. */
    static ChainText zeros(int n) {
        return n == 1 ? ChainText.of("chain.proof.zeros.one", n) : ChainText.of("chain.proof.zeros.other", n);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProofOfWork other && difficulty == other.difficulty;
    }

    @Override
    public int hashCode() {
        return difficulty;
    }

    @Override
    public String toString() {
        return "difficulty " + difficulty;
    }
}
