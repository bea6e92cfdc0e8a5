package dev.blockdesk.chain;

/**
 * A proof checked by a dialect's own {@link ProofRule} on values a person typed rather than on
 * blocks, as the hash playground shows it: what the rule computes, with the values put in, and the
 * verdict. Made by {@link ProofRule#trial} with the same code as {@link ProofRule#problem}.
 *
 * @param formula what the rule computes, in the tutorial's terms: {@code sha256(f"{last_proof}{proof}{last_hash}")}
 * @param input   the exact text that is hashed (as UTF-8 bytes) when {@code hashes}; otherwise the computation with the values in
 * @param hashes  whether {@code input} is hashed with SHA-256 and {@code result} is its hex digest
 * @param result  the SHA-256 hex digest of {@code input}, or the computation's result
 * @param valid   the rule's verdict: whether the proof is valid after that last proof (and hash)
 * @param verdictText the verdict in words, to be said in any language ({@link ChainText#in}): {@code "4 leading zeros; difficulty 4 needs 4 ✓"}
 */
public record ProofTrial(
        String formula, String input, boolean hashes, String result, boolean valid, ChainText verdictText) {

    /** The verdict in English words: {@code "4 leading zeros; difficulty 4 needs 4 ✓"}; {@link #verdictText} says it in any language. */
    public String verdict() {
        return verdictText.english();
    }
}
