package dev.blockdesk.store;

import dev.blockdesk.chain.ChainText;
import dev.blockdesk.chain.Explained;

/** Storage failed: the disk, the database file, or its contents. The message says which and what to do. */
public final class StoreException extends RuntimeException implements Explained {

    private final transient ChainText text;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
        this.text = message == null ? null : ChainText.verbatim(message);
    }

    public StoreException(String message) {
        super(message);
        this.text = message == null ? null : ChainText.verbatim(message);
    }

    /** The message as a text the window can say in its language; {@link #getMessage()} is its English. */
    public StoreException(ChainText text, Throwable cause) {
        super(text.english(), cause);
        this.text = text;
    }

    /** The message in any language ({@link ChainText#in}); {@link #getMessage()} is its English. */
    @Override
    public ChainText text() {
        return text;
    }
}
