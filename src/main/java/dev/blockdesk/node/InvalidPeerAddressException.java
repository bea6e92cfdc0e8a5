package dev.blockdesk.node;

/** A peer address that cannot be used; the message says why, for a person. */
public final class InvalidPeerAddressException extends Exception {
    public InvalidPeerAddressException(String reason) {
        super(reason);
    }
}
