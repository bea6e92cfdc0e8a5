package dev.blockdesk.app;

import dev.blockdesk.chain.ChainText;
import dev.blockdesk.chain.Explained;

/** A new chain's choice that cannot be used (a difficulty out of range, a bad reward); the message says why. */
public final class InvalidChoiceException extends IllegalArgumentException implements Explained {

    private final transient ChainText text;

    InvalidChoiceException(ChainText text) {
        super(text.english());
        this.text = text;
    }

    /** The reason in any language; {@link #getMessage()} is its English. */
    @Override
    public ChainText text() {
        return text;
    }
}
