package dev.blockdesk.node.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.blockdesk.node.CorsOrigins;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Keeps web pages of other origins from driving the node. A browser says where a request comes
 * from: {@code Origin} on every POST and every CORS request, {@code Sec-Fetch-Site} on every request
 * of a current browser (an {@code <img>} or no-cors {@code fetch} of {@code /mine} sends only that),
 * and {@code Referer} in older ones. A request one of them places on a page of another origin may
 * read the read-only endpoints (the browser keeps the answer from the page unless {@code --cors} lets
 * that origin read it) but not change state or start work: 403. A page on another port of this host
 * is another origin, although the browser calls it {@code same-site}. Requests without these headers
 * (curl, Python, Postman, other nodes) are not a browser page's, and pass.
 *
 * <p>While the node is bound to loopback, it also refuses a request whose {@code Host} is not one of
 * its own names ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}, the {@code --host} and
 * {@code --advertise} names, with its port): a page whose name was rebound to 127.0.0.1 (DNS
 * rebinding) would otherwise be of the same origin as the node.
 */
final class BrowserGuard {

    private final Set<String> ownHosts; // host:port, lower case; null when not bound to loopback
    private final Set<String> ownOrigins;
    private final String example;
    private final Supplier<CorsOrigins> cors;

    BrowserGuard(Set<String> ownHosts, Supplier<CorsOrigins> cors) {
        this.ownHosts = ownHosts == null ? null : Set.copyOf(ownHosts);
        Set<String> origins = new LinkedHashSet<>();
        if (ownHosts != null) {
            ownHosts.forEach(host -> origins.add("http://" + host));
        }
        this.ownOrigins = Set.copyOf(origins);
        this.example = ownHosts == null ? null : String.join(", ", ownHosts);
        this.cors = cors;
    }

    /**
     * The guard of a server bound to {@code bound}.
     *
     * @param host      the address it was asked to bind ({@code --host}), a name or a literal
     * @param advertise the URL peers are asked to add ({@code --advertise}), or null
     */
    static BrowserGuard of(InetSocketAddress bound, String host, URI advertise, Supplier<CorsOrigins> cors) {
        if (!bound.getAddress().isLoopbackAddress()) {
            return new BrowserGuard(null, cors);
        }
        int port = bound.getPort();
        Set<String> hosts = new LinkedHashSet<>();
        for (String name : new String[] {
            "127.0.0.1", "localhost", "[::1]", host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host
        }) {
            hosts.add(name.toLowerCase(Locale.ROOT) + ":" + port);
            if (port == 80) {
                hosts.add(name.toLowerCase(Locale.ROOT));
            }
        }
        if (advertise != null) {
            hosts.add(advertise.getRawAuthority().toLowerCase(Locale.ROOT));
        }
        return new BrowserGuard(hosts, cors);
    }

    /** 403 when bound to loopback and the request's {@code Host} is none of the node's names. */
    void checkHost(HttpExchange exchange) throws ApiError {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (ownHosts == null || host == null || ownHosts.contains(host.strip().toLowerCase(Locale.ROOT))) {
            return;
        }
        throw new ApiError(
                403,
                "refused: this node answers to " + example + ", not to the host \"" + host.strip()
                        + "\"; a web page whose name leads to this machine (DNS rebinding) could otherwise use it."
                        + " To reach the node by another name, start it with --advertise http://NAME:PORT or --host 0.0.0.0");
    }

    /**
     * 403 when a page of another origin asks for something that changes state or starts work,
     * unless {@code --cors ORIGIN=write} lets that origin; otherwise its answer may be read by it.
     *
     * @param what the request, for the message: {@code POST /transactions/new}
     */
    void checkAct(HttpExchange exchange, String what) throws ApiError {
        String foreign = foreignOrigin(exchange);
        if (foreign == null) {
            return;
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (cors.get().mayWrite(origin)) {
            allowOrigin(exchange, origin);
            return;
        }
        throw new ApiError(
                403,
                "refused: " + what + " came from a web page of another origin (" + foreign
                        + "), and web pages may not change this node or make it work. The node's own page, curl, scripts and other nodes may"
                        + (origin == null || origin.equals("null")
                                ? "."
                                : "; to let that page, start the node with --cors " + origin + CorsOrigins.WRITE));
    }

    /** Lets a page of an origin named by {@code --cors} read the answer of a read-only endpoint. */
    void allowRead(HttpExchange exchange) {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null && (isOwn(exchange, origin) || cors.get().mayRead(origin))) {
            allowOrigin(exchange, origin);
        }
    }

    /**
     * The answer to a CORS preflight ({@code OPTIONS} with {@code Origin} and
     * {@code Access-Control-Request-Method}): 204 with the methods and headers that origin may use on
     * this path, or 403 when it may use none that it asked for.
     *
     * @param reads the methods of this path that only read; {@code acts} those that change state
     */
    Response preflight(HttpExchange exchange, String path, Set<String> reads, Set<String> acts) throws ApiError {
        Headers in = exchange.getRequestHeaders();
        String origin = in.getFirst("Origin");
        String asked = in.getFirst("Access-Control-Request-Method").strip().toUpperCase(Locale.ROOT);
        CorsOrigins allowed = cors.get();
        Set<String> methods = new LinkedHashSet<>();
        if (isOwn(exchange, origin) || allowed.mayRead(origin)) {
            methods.addAll(reads);
            if (reads.contains("GET")) {
                methods.add("HEAD");
            }
        }
        if (isOwn(exchange, origin) || allowed.mayWrite(origin)) {
            methods.addAll(acts);
        }
        if (!methods.contains(asked)) {
            boolean acting = acts.contains(asked);
            throw new ApiError(
                    403,
                    "refused: a web page of " + origin + " may not " + asked + " " + path
                            + (reads.contains(asked) || acting
                                    ? "; to let it, start the node with --cors " + origin
                                            + (acting ? CorsOrigins.WRITE : "")
                                    : "; " + path + " answers " + String.join(", ", Router.withHead(reads, acts))));
        }
        Headers out = exchange.getResponseHeaders();
        allowOrigin(exchange, origin);
        out.set("Access-Control-Allow-Methods", String.join(", ", methods));
        String headers = in.getFirst("Access-Control-Request-Headers");
        if (headers != null && headers.matches("[A-Za-z0-9!#$%&'*+.^_`|~ ,-]*")) {
            out.set("Access-Control-Allow-Headers", headers.strip());
        }
        out.set("Access-Control-Max-Age", "600");
        return Response.noContent();
    }

    private void allowOrigin(HttpExchange exchange, String origin) {
        Headers out = exchange.getResponseHeaders();
        boolean named = cors.get().readers().contains(origin.toLowerCase(Locale.ROOT));
        out.set("Access-Control-Allow-Origin", named || isOwn(exchange, origin) ? origin : "*");
        out.add("Vary", "Origin");
    }

    /**
     * The other origin a browser says this request comes from, in words, or null when it is this
     * node's own (or the user's: an address typed or bookmarked) or no browser's.
     */
    String foreignOrigin(HttpExchange exchange) {
        Headers in = exchange.getRequestHeaders();
        String origin = in.getFirst("Origin");
        if (origin != null) {
            return isOwn(exchange, origin) ? null : origin.strip();
        }
        String site = in.getFirst("Sec-Fetch-Site");
        if (site != null) {
            String value = site.strip().toLowerCase(Locale.ROOT);
            return value.equals("same-origin") || value.equals("none")
                    ? null
                    : "a " + value + " page; the browser did not say which";
        }
        String referer = in.getFirst("Referer");
        if (referer != null) {
            String from = originOf(referer);
            return from != null && isOwn(exchange, from)
                    ? null
                    : from == null ? "a page the browser named by an unreadable Referer" : from;
        }
        return null;
    }

    /** Whether {@code origin} is this node's: one of its names, or on a wider bind, the name the request used. */
    private boolean isOwn(HttpExchange exchange, String origin) {
        if (origin == null) {
            return false;
        }
        String normal = origin.strip().toLowerCase(Locale.ROOT);
        if (ownHosts != null) {
            return ownOrigins.contains(normal);
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        return host != null && normal.equals("http://" + host.strip().toLowerCase(Locale.ROOT));
    }

    private static String originOf(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return null;
            }
            return uri.getScheme().toLowerCase(Locale.ROOT) + "://"
                    + uri.getRawAuthority().toLowerCase(Locale.ROOT);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
