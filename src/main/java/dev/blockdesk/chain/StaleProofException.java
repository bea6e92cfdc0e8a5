package dev.blockdesk.chain;

/** A proof was found for a tip that is no longer the tip of our chain. */
public final class StaleProofException extends Exception {
    public StaleProofException(String message) {
        super(message);
    }
}
