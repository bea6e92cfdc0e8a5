package dev.blockdesk.node;

import dev.blockdesk.chain.ChainText;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a peer listens: {@code http://host:port}, {@code https://host:port} or {@code host:port}.
 * Loopback names are one host ({@code localhost:5001} and {@code 127.0.0.1:5001} are the same
 * peer), and a peer is shown as the Python node shows it: {@code host:port}.
 */
public final class PeerAddress {

    private static final Pattern HOST_NAME =
            Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\\.?");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+]");

    private final String scheme;
    private final String host;
    private final int port;

    private PeerAddress(String scheme, String host, int port) {
        this.scheme = scheme;
        this.host = host;
        this.port = port;
    }

    /** Parses what a person or a peer typed, or explains in one sentence why it is not an address. */
    public static PeerAddress parse(String text) throws InvalidPeerAddressException {
        if (text == null || text.isBlank()) {
            throw new InvalidPeerAddressException(ChainText.of("node.address.empty"));
        }
        String trimmed = text.strip();
        if (trimmed.length() > 300) {
            throw new InvalidPeerAddressException(ChainText.of("node.address.tooLong"));
        }
        String withScheme = trimmed.contains("://") ? trimmed : "http://" + trimmed;
        URI uri;
        try {
            uri = new URI(withScheme);
        } catch (Exception e) {
            throw new InvalidPeerAddressException(ChainText.of("node.address.notAddress", trimmed));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidPeerAddressException(ChainText.of("node.address.scheme", scheme));
        }
        if (uri.getRawUserInfo() != null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null
                || !(uri.getRawPath() == null
                        || uri.getRawPath().isEmpty()
                        || uri.getRawPath().equals("/"))) {
            throw new InvalidPeerAddressException(ChainText.of("node.address.onlyHostPort"));
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw new InvalidPeerAddressException(ChainText.of("node.address.noHost"));
        }
        String host;
        String portText;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            host = close < 0 ? authority : authority.substring(0, close + 1);
            portText = close >= 0 && authority.length() > close + 1 && authority.charAt(close + 1) == ':'
                    ? authority.substring(close + 2)
                    : close >= 0 && authority.length() == close + 1 ? null : "?";
        } else {
            int colon = authority.lastIndexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            portText = colon < 0 ? null : authority.substring(colon + 1);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            throw new InvalidPeerAddressException(ChainText.of("node.address.noHost"));
        }
        if (!HOST_NAME.matcher(host).matches() && !IPV6.matcher(host).matches()) {
            throw new InvalidPeerAddressException(ChainText.of("node.address.notHost", host));
        }
        int port = scheme.equals("https") ? 443 : 80;
        if (portText != null) {
            if (!portText.matches("[0-9]{1,5}")) {
                throw new InvalidPeerAddressException(ChainText.of("node.address.port"));
            }
            port = Integer.parseInt(portText);
            if (port < 1 || port > 65535) {
                throw new InvalidPeerAddressException(ChainText.of("node.address.portRange", port));
            }
        }
        return new PeerAddress(scheme, canonicalHost(host), port);
    }

    public static PeerAddress of(String host, int port) {
        return new PeerAddress("http", canonicalHost(host.toLowerCase(Locale.ROOT)), port);
    }

    private static String canonicalHost(String host) {
        String bare = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        return bare.equals("localhost") || bare.equals("localhost.localdomain") ? "127.0.0.1" : bare;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The URI of a path on this peer, e.g. {@code /chain}. */
    public URI uri(String path) {
        return URI.create(scheme + "://" + host + ":" + port + path);
    }

    /** {@code host:port}, as the Python node lists its peers; https peers keep their scheme. */
    @Override
    public String toString() {
        return (scheme.equals("http") ? "" : scheme + "://") + host + ":" + port;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PeerAddress other
                && scheme.equals(other.scheme)
                && host.equals(other.host)
                && port == other.port;
    }

    @Override
    public int hashCode() {
        return Objects.hash(scheme, host, port);
    }
}
