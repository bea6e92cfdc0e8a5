package dev.blockdesk.node;

import dev.blockdesk.chain.ChainText;
import dev.blockdesk.chain.Explained;

/** A peer address that cannot be used; the message says why, for a person. */
public final class InvalidPeerAddressException extends Exception implements Explained {

    private final transient ChainText text;

    public InvalidPeerAddressException(String reason) {
        super(reason);
        this.text = reason == null ? null : ChainText.verbatim(reason);
    }

    /** The reason as a text the window can say in its language; the message is its English. */
    public InvalidPeerAddressException(ChainText reason) {
        super(reason.english());
        this.text = reason;
    }

    /** The reason in any language; {@link #getMessage()} is its English. */
    @Override
    public ChainText text() {
        return text;
    }
}
