package dev.blockdesk.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Optional;

/**
 * The URL we ask a peer to add: one that peer can reach us at. {@code --advertise} decides when
 * given. Otherwise it follows the address the HTTP server is bound to: a loopback address gives the
 * loopback URL ({@code http://127.0.0.1:5000}); a specific other address gives that address; a
 * wildcard ({@code 0.0.0.0}, {@code ::}) gives the local address of the route towards the peer
 * (a UDP socket connected to the peer, which sends nothing, tells which address the system would
 * use), or the loopback URL when the peer is on loopback.
 */
final class AdvertisedUrl {

    private static final System.Logger LOG = System.getLogger(AdvertisedUrl.class.getName());
    private static final InetAddress LOOPBACK = loopback();

    private final URI override;
    private final InetAddress bound;
    private final int port;

    /**
     * @param override the URL {@code --advertise} gave, or null to choose one
     * @param bound    the address the HTTP server is bound to
     * @param port     the port it listens on
     */
    AdvertisedUrl(URI override, InetAddress bound, int port) {
        this.override = override;
        this.bound = bound;
        this.port = port;
    }

    /** The URL {@code --advertise} gave, if it did. */
    Optional<URI> override() {
        return Optional.ofNullable(override);
    }

    /** True when the URL depends on the peer (a wildcard bind, no override): {@link #towards} may then look its name up. */
    boolean dependsOnPeer() {
        return override == null && bound.isAnyLocalAddress();
    }

    /**
     * Our URL as {@code peer} can reach it. When {@link #dependsOnPeer()}, this may resolve the
     * peer's host name, which can wait on the network: call it off the caller's thread, with a deadline.
     */
    URI towards(PeerAddress peer) {
        if (override != null) {
            return override;
        }
        if (!bound.isAnyLocalAddress()) {
            return url(bound);
        }
        InetAddress them = resolve(peer);
        if (them.isLoopbackAddress() || them.isAnyLocalAddress()) {
            return url(them instanceof Inet6Address && them.isLoopbackAddress() ? them : LOOPBACK);
        }
        try (DatagramSocket probe = new DatagramSocket()) {
            probe.connect(new InetSocketAddress(them, peer.port())); // picks a route; sends nothing
            InetAddress local = probe.getLocalAddress();
            if (local != null && !local.isAnyLocalAddress()) {
                return url(local);
            }
            LOG.log(System.Logger.Level.WARNING, "no local address routes to {0}; advertising the loopback URL", peer);
        } catch (IOException | UncheckedIOException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "no route to " + peer + " (" + e.getMessage() + "); advertising the loopback URL");
        }
        return url(LOOPBACK);
    }

    private static InetAddress resolve(PeerAddress peer) {
        String host = peer.host().startsWith("[")
                ? peer.host().substring(1, peer.host().length() - 1)
                : peer.host();
        try {
            return InetAddress.getByName(host);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find " + peer.host() + ": " + e.getMessage(), e);
        }
    }

    private URI url(InetAddress address) {
        String literal = address.getHostAddress();
        int scope = literal.indexOf('%');
        if (scope >= 0) {
            literal = literal.substring(0, scope);
        }
        return URI.create("http://" + (address instanceof Inet6Address ? "[" + literal + "]" : literal) + ":" + port);
    }

    /** 127.0.0.1, whichever loopback address the system prefers. */
    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (IOException e) {
            throw new UncheckedIOException("127.0.0.1 is a valid address", e);
        }
    }
}
