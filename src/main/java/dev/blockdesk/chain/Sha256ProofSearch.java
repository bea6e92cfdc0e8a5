package dev.blockdesk.chain;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;

/**
 * One thread's search for a proof such that {@code sha256(prefix + proof + suffix)} starts with
 * {@code difficulty} zero hex digits: dvf's puzzle is {@code lastProof + proof + lastHash}. The
 * message lives in a reused byte buffer; the proof's decimal digits are incremented in place and
 * the digest bytes are compared directly, so a try costs one SHA-256 and nothing else: no String,
 * no hex.
 */
final class Sha256ProofSearch implements ProofSearch {

    private static final int MAX_PROOF_DIGITS = 19;

    private final MessageDigest digest = Sha256.newDigest();
    private final byte[] digestOut = new byte[32];
    private final byte[] suffix;
    private final byte[] message;
    private final int prefixLength;
    private final int difficulty;
    private int proofLength;

    Sha256ProofSearch(String prefix, String suffix, int difficulty) {
        byte[] head = prefix.getBytes(StandardCharsets.US_ASCII);
        this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
        this.prefixLength = head.length;
        this.message = new byte[head.length + MAX_PROOF_DIGITS + this.suffix.length];
        System.arraycopy(head, 0, message, 0, head.length);
        this.difficulty = difficulty;
    }

    /** The first proof in the range that meets the difficulty, or -1. */
    @Override
    public long scan(long from, long to) {
        setProof(from);
        for (long proof = from; proof < to; proof++) {
            if (test()) {
                return proof;
            }
            increment();
        }
        return -1;
    }

    private boolean test() {
        digest.update(message, 0, prefixLength + proofLength + suffix.length);
        try {
            digest.digest(digestOut, 0, digestOut.length);
        } catch (DigestException e) {
            throw new IllegalStateException("a 32-byte buffer holds a SHA-256 digest", e);
        }
        return ProofOfWork.meets(digestOut, difficulty);
    }

    private void setProof(long proof) {
        String digits = Long.toString(proof);
        proofLength = digits.length();
        for (int i = 0; i < proofLength; i++) {
            message[prefixLength + i] = (byte) digits.charAt(i);
        }
        System.arraycopy(suffix, 0, message, prefixLength + proofLength, suffix.length);
    }

    private void increment() {
        int i = prefixLength + proofLength - 1;
        while (i >= prefixLength && message[i] == '9') {
            message[i] = '0';
            i--;
        }
        if (i >= prefixLength) {
            message[i]++;
            return;
        }
        // 999 -> 1000: one more digit, and the hash moves one place right.
        message[prefixLength] = '1';
        message[prefixLength + proofLength] = '0';
        proofLength++;
        System.arraycopy(suffix, 0, message, prefixLength + proofLength, suffix.length);
    }
}
