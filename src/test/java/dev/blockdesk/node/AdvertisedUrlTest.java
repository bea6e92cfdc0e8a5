package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which URL we ask a peer to add: one it can reach us at. */
class AdvertisedUrlTest {

    private static final PeerAddress LOOPBACK_PEER = PeerAddress.of("127.0.0.1", 5001);

    private static AdvertisedUrl boundTo(String host, URI override) throws Exception {
        return new AdvertisedUrl(override, InetAddress.getByName(host), 5000);
    }

    @Test
    void boundToLoopbackItIsTheLoopbackUrl() throws Exception {
        AdvertisedUrl url = boundTo("127.0.0.1", null);
        assertFalse(url.dependsOnPeer());
        assertEquals(URI.create("http://127.0.0.1:5000"), url.towards(LOOPBACK_PEER));
        assertEquals(
                URI.create("http://127.0.0.1:5000"),
                url.towards(PeerAddress.of("192.0.2.7", 5001)),
                "a node that listens on loopback only is reached there or nowhere");
        assertEquals(
                URI.create("http://[0:0:0:0:0:0:0:1]:5000"),
                boundTo("::1", null).towards(LOOPBACK_PEER));
    }

    @Test
    void boundToAnInterfaceItIsThatAddress() throws Exception {
        assertEquals(
                URI.create("http://192.0.2.10:5000"),
                boundTo("192.0.2.10", null).towards(LOOPBACK_PEER));
    }

    @Test
    void advertiseOverridesWhateverTheBind() throws Exception {
        URI given = URI.create("http://node.example.org:8080");
        assertEquals(given, boundTo("0.0.0.0", given).towards(LOOPBACK_PEER));
        assertEquals(given, boundTo("127.0.0.1", given).towards(PeerAddress.of("192.0.2.7", 5001)));
        assertFalse(boundTo("0.0.0.0", given).dependsOnPeer());
    }

    @Test
    void boundToAWildcardItIsTheAddressOnTheRouteToThePeer() throws Exception {
        AdvertisedUrl url = boundTo("0.0.0.0", null);
        assertTrue(url.dependsOnPeer());
        assertEquals(URI.create("http://127.0.0.1:5000"), url.towards(LOOPBACK_PEER), "a peer on loopback: loopback");
        assertEquals(URI.create("http://127.0.0.1:5000"), url.towards(PeerAddress.parse("localhost:5001")));

        Optional<InetAddress> own = ownAddress();
        assumeTrue(own.isPresent(), "this machine has an IPv4 address besides loopback");
        String address = own.get().getHostAddress();
        assertEquals(
                URI.create("http://" + address + ":5000"),
                url.towards(PeerAddress.of(address, 5001)),
                "a peer on this machine's own address is reached from that address");
    }

    @Test
    void anAdvertisedUrlIsHttpWithAHostAndAPort() {
        assertEquals(URI.create("http://192.168.1.20:5000"), NodeConfig.advertisedUrl(" http://192.168.1.20:5000/ "));
        assertEquals(URI.create("http://node.example.org:80"), NodeConfig.advertisedUrl("HTTP://Node.Example.org:80"));
        assertEquals(URI.create("http://[::1]:5000"), NodeConfig.advertisedUrl("http://[::1]:5000"));
        assertProblem("it must start with http://", "https://192.168.1.20:5000");
        assertProblem("it must start with http://", "192.168.1.20:5000");
        assertProblem("it has no port", "http://192.168.1.20");
        assertProblem("the port must be from 1 to 65535", "http://192.168.1.20:0");
        assertProblem("it has no host", "http://:5000");
        assertProblem("it must be only the scheme, host and port", "http://192.168.1.20:5000/chain");
        assertProblem("it is not a URL", "http://a b:5000");
        assertEquals(
                "\"ftp://x:1\" is not a URL peers can reach us at: it must start with http:// (like http://192.168.1.20:5000)",
                assertThrows(IllegalArgumentException.class, () -> NodeConfig.advertisedUrl("ftp://x:1"))
                        .getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> NodeConfig.defaults().withAdvertise(URI.create("http://example.org")),
                "a config refuses one too");
    }

    private static void assertProblem(String problem, String text) {
        String message = assertThrows(IllegalArgumentException.class, () -> NodeConfig.advertisedUrl(text))
                .getMessage();
        assertTrue(message.contains(": " + problem + " ("), message);
    }

    private static Optional<InetAddress> ownAddress() throws Exception {
        for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (face.isUp() && !face.isLoopback()) {
                for (InetAddress address : Collections.list(face.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
