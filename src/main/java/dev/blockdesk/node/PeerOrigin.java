package dev.blockdesk.node;

/**
 * How a peer came to be ours: our user added it, or it asked us to add it (mutual peering). A peer
 * that added us and is later added by our user becomes one we added.
 */
public enum PeerOrigin {

    /** Our user added it: the window's Add, {@code --peer}, or a registration without the mutual header (curl). */
    ADDED_BY_US("added by us"),

    /** It asked us to add it with a mutual registration ({@link PeerRegistration#HEADER}); it is not asked back. */
    ADDED_US("added us");

    private final String text;

    PeerOrigin(String text) {
        this.text = text;
    }

    /** {@code "added by us"} or {@code "added us"}, as the Peers tab and {@code GET /nodes} say it. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
