package dev.blockdesk.node;

/**
 * A registration refused whole because it would make more peers than {@link NodeLimits#maxPeers()}:
 * no address of it was added.
 */
public final class TooManyPeersException extends RuntimeException {

    /** A registration that would take our {@code peers} past {@code limit} with {@code fresh} new addresses. */
    public TooManyPeersException(int limit, int peers, int fresh) {
        this("too many peers: adding " + fresh + " new " + (fresh == 1 ? "address" : "addresses") + " to our " + peers
                + " would pass the limit of " + limit + " peers; nothing was added");
    }

    /** A registration of more addresses than the limit in one body, refused before they are read. */
    public static TooManyPeersException inOneRegistration(int limit, int given) {
        return new TooManyPeersException("too many addresses in one registration (" + given + "); a node keeps at most "
                + limit + " peers; nothing was added");
    }

    private TooManyPeersException(String message) {
        super(message);
    }
}
