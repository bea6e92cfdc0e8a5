package dev.blockdesk.chain;

/** A block whose JSON does not have the shape of a block; the message is a reason for a person. */
public final class InvalidBlockException extends Exception implements Explained {

    private final transient ChainText text;

    public InvalidBlockException(String reason) {
        super(reason);
        this.text = reason == null ? null : ChainText.verbatim(reason);
    }

    /** The reason as a text the window can say in its language; the message is its English. */
    public InvalidBlockException(ChainText reason) {
        super(reason.english());
        this.text = reason;
    }

    /** The reason, to be said in any language ({@link ChainText#in}); {@link #getMessage()} is its English. */
    @Override
    public ChainText text() {
        return text;
    }
}
