package dev.blockdesk.chain;

import java.nio.charset.StandardCharsets;

/**
 * The Python node's {@code valid_proof}: the SHA-256 hex of the ASCII string
 * {@code f"{last_proof}{proof}{last_hash}"} must start with {@code difficulty} zero hex digits.
 */
public final class ProofOfWork {

    public static final int DEFAULT_DIFFICULTY = 4;
    public static final int MAX_DIFFICULTY = 64;

    private final int difficulty;

    public ProofOfWork(int difficulty) {
        if (difficulty < 0 || difficulty > MAX_DIFFICULTY) {
            throw new IllegalArgumentException("difficulty must be between 0 and " + MAX_DIFFICULTY + ", got " + difficulty);
        }
        this.difficulty = difficulty;
    }

    public int difficulty() {
        return difficulty;
    }

    /** The string that is hashed, for showing users what proof of work means. */
    public static String guess(String lastProof, String proof, String lastHash) {
        return lastProof + proof + lastHash;
    }

    public static String guessHash(String lastProof, String proof, String lastHash) {
        return Sha256.hex(guess(lastProof, proof, lastHash).getBytes(StandardCharsets.UTF_8));
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

    /** On average this many tries find a proof: 16 to the power of the difficulty. */
    public double expectedTries() {
        return Math.pow(16, difficulty);
    }

    @Override
    public String toString() {
        return "difficulty " + difficulty;
    }
}
