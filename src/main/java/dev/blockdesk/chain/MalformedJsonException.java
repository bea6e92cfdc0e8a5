package dev.blockdesk.chain;

/** Input that is not JSON at all; the message says where and why, in one line. */
public final class MalformedJsonException extends IllegalArgumentException implements Explained {

    private final transient ChainText text;

    public MalformedJsonException(String message, Throwable cause) {
        super(message, cause);
        this.text = message == null ? null : ChainText.verbatim(message);
    }

    /** The message as a text the window can say in its language; the message is its English. */
    public MalformedJsonException(ChainText message, Throwable cause) {
        super(message.english(), cause);
        this.text = message;
    }

    /** Where and why, to be said in any language ({@link ChainText#in}); {@link #getMessage()} is its English. */
    @Override
    public ChainText text() {
        return text;
    }
}
