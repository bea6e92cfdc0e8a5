package dev.blockdesk.chain;

/** A transaction refused by {@link TransactionRules}; the message is a reason for a person. */
public final class InvalidTransactionException extends Exception {
    public InvalidTransactionException(String reason) {
        super(reason);
    }
}
