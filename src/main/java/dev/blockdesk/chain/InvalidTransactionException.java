package dev.blockdesk.chain;

/** A transaction refused by {@link TransactionRules}; the message is a reason for a person. */
public final class InvalidTransactionException extends Exception implements Explained {

    private final transient ChainText text;

    public InvalidTransactionException(String reason) {
        super(reason);
        this.text = reason == null ? null : ChainText.verbatim(reason);
    }

    /** The reason as a text the window can say in its language; the message is its English. */
    public InvalidTransactionException(ChainText reason) {
        super(reason.english());
        this.text = reason;
    }

    /** The reason, to be said in any language ({@link ChainText#in}); {@link #getMessage()} is its English. */
    @Override
    public ChainText text() {
        return text;
    }
}
