package dev.blockdesk.node;

import dev.blockdesk.chain.ChainText;
import dev.blockdesk.chain.Explained;

/**
 * A registration refused whole because it would make more peers than {@link NodeLimits#maxPeers()}:
 * no address of it was added.
 */
public final class TooManyPeersException extends RuntimeException implements Explained {

    private final transient ChainText text;

    /** A registration that would take our {@code peers} past {@code limit} with {@code fresh} new addresses. */
    public TooManyPeersException(int limit, int peers, int fresh) {
        this(
                fresh == 1
                        ? ChainText.of("node.tooManyPeers.one", fresh, peers, limit)
                        : ChainText.of("node.tooManyPeers.other", fresh, peers, limit));
    }

    /** A registration of more addresses than the limit in one body, refused before they are read. */
    public static TooManyPeersException inOneRegistration(int limit, int given) {
        return new TooManyPeersException(ChainText.of("node.tooManyPeers.inOne", given, limit));
    }

    private TooManyPeersException(ChainText text) {
        super(text.english());
        this.text = text;
    }

    /** The message in any language; {@link #getMessage()} is its English. */
    @Override
    public ChainText text() {
        return text;
    }
}
