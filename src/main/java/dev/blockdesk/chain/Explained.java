package dev.blockdesk.chain;

/**
 * An exception whose message is a {@link ChainText}: the window says {@code text().in(locale)} where
 * the HTTP API, the CLI and the logs say {@link Throwable#getMessage()}, its English.
 */
public interface Explained {

    /** The message, to be said in any language; {@code getMessage()} is its English. */
    ChainText text();
}
