package dev.blockdesk.chain;

/** Input that is not JSON at all; the message says where and why, in one line. */
public final class MalformedJsonException extends IllegalArgumentException {
    public MalformedJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
