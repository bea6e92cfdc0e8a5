package dev.blockdesk.node;

import dev.blockdesk.chain.ChainText;
import java.net.URI;

/**
 * What a peer answered when we asked it to add us (mutual peering): whether it agreed, and if not,
 * why.
 *
 * @param peer       the peer asked
 * @param advertised the URL we asked it to add: ours, as that peer can reach it
 * @param agreed     whether it answered 2xx
 * @param route      the last route asked, {@code POST /nodes/register} or {@code POST /register-node}
 * @param reason     why it did not add us (unreachable, no such route, its refusal), or null when it agreed
 */
public record PeerRegistration(PeerAddress peer, URI advertised, boolean agreed, String route, String reason) {

    /**
     * The header that marks a registration as one side of mutual peering. A node that receives it
     * adds the sender as a peer that {@linkplain PeerOrigin#ADDED_US added us} and does not ask back;
     * Python nodes ignore it.
     */
    public static final String HEADER = "X-Blockdesk-Peering";

    /** The value of {@link #HEADER}. */
    public static final String MUTUAL = "mutual";

    /** {@link #reason()} as a text the window says in its language ({@link ChainText#in}); null when it agreed. */
    public ChainText reasonText() {
        return PeerTexts.said(reason);
    }

    /** {@code 127.0.0.1:5001 added us back (POST /nodes/register)}, or why not: one line for the sync log. */
    public String describe() {
        return agreed ? peer + " added us back (" + route + ")" : peer + " did not add us: " + reason;
    }
}
