package dev.blockdesk.chain;

/** A block whose JSON does not have the shape of a block; the message is a reason for a person. */
public final class InvalidBlockException extends Exception {
    public InvalidBlockException(String reason) {
        super(reason);
    }
}
