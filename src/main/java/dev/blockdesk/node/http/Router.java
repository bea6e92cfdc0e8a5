package dev.blockdesk.node.http;

import com.sun.net.httpserver.HttpExchange;
import dev.blockdesk.store.StoreException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sends each request to its handler by path and method: 404 for an unknown path, 405 with
 * {@code Allow} for a wrong method. Whatever a handler throws becomes an answer: the client's
 * mistakes a 4xx, a store that cannot write a 503 (nothing changed; retry later), our own bugs a
 * logged 500. A path prefix route ({@code DELETE /nodes/<address>}) gets the rest of the path.
 * A browser (a client that prefers {@code text/html}) gets each refusal as a page with the same
 * status and message and a link back; every other client gets {@code {"error": ...}}.
 *
 * <p>Each route says whether it only reads ({@link #readOnly}) or changes state or starts work
 * ({@link #route}, the safe default): a web page of another origin may not ask for the latter
 * ({@link BrowserGuard}).
 */
final class Router {

    private static final System.Logger LOG = System.getLogger(Router.class.getName());

    @FunctionalInterface
    interface Handler {
        Response handle(HttpExchange exchange) throws ApiError, IOException;
    }

    @FunctionalInterface
    interface PrefixHandler {
        Response handle(String rest) throws ApiError;
    }

    private record Prefix(String method, String prefix, String usage, PrefixHandler handler) {}

    /** A handler, and whether it only reads: one that does not may not be asked for by a page of another origin. */
    private record Route(Handler handler, boolean readOnly) {}

    private final Map<String, Map<String, Route>> routes = new LinkedHashMap<>();
    private final List<Prefix> prefixes = new ArrayList<>();
    private final BrowserGuard guard;

    Router(BrowserGuard guard) {
        this.guard = guard;
    }

    /** A route that changes state or starts work, whatever its method: {@code GET /mine} is one. */
    Router route(String method, String path, Handler handler) {
        routes.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(method, new Route(handler, false));
        return this;
    }

    /** A {@code GET} route that only reads: pages of other origins may ask for it, and {@code --cors} ones read it. */
    Router readOnly(String path, Handler handler) {
        routes.computeIfAbsent(path, p -> new LinkedHashMap<>()).put("GET", new Route(handler, true));
        return this;
    }

    /** Routes {@code method prefix<rest>} for paths that are not routes of their own; they change state. */
    Router prefix(String method, String prefix, String usage, PrefixHandler handler) {
        prefixes.add(new Prefix(method, prefix, usage, handler));
        return this;
    }

    /** Every endpoint, as {@code GET /chain}, for the index page. */
    List<String> endpoints() {
        List<String> all = new ArrayList<>();
        routes.forEach((path, methods) -> methods.keySet().forEach(m -> all.add(m + " " + path)));
        prefixes.forEach(p -> all.add(p.method() + " " + p.usage()));
        return all;
    }

    void serve(HttpExchange exchange) {
        try (exchange) {
            Response response;
            try {
                response = dispatch(exchange);
            } catch (ApiError e) {
                response = error(exchange, e.status(), e.getMessage());
            } catch (StoreException e) {
                LOG.log(System.Logger.Level.ERROR, "the store failed serving " + describe(exchange), e);
                response = error(exchange, 503, "the node could not store this, so nothing changed: " + e.getMessage());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "internal error serving " + describe(exchange), e);
                response =
                        error(exchange, 500, "internal error: " + e.getClass().getSimpleName());
            }
            response.send(exchange);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "client went away: " + e.getMessage());
        }
    }

    /**
     * The Host is checked first (DNS rebinding), then any method but GET, HEAD and OPTIONS from a
     * page of another origin is refused before its path is even looked up; a GET that starts work is
     * refused once its route is known. HEAD is GET without the body (and without the work: HEAD
     * /mine does not mine); OPTIONS answers {@code Allow}, or a CORS preflight.
     */
    private Response dispatch(HttpExchange exchange) throws ApiError, IOException {
        guard.checkHost(exchange);
        String path = exchange.getRequestURI().getRawPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        boolean safe = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        if (!safe) {
            guard.checkAct(exchange, method + " " + path);
        }
        Map<String, Route> byMethod = routes.get(path);
        if (byMethod == null) {
            for (Prefix prefix : prefixes) {
                if (path.startsWith(prefix.prefix())) {
                    if (method.equals("OPTIONS")) {
                        return options(exchange, path, Set.of(), Set.of(prefix.method()));
                    }
                    if (!method.equals(prefix.method())) {
                        exchange.getResponseHeaders().set("Allow", prefix.method() + ", OPTIONS");
                        throw new ApiError(
                                405,
                                "method " + method + " is not allowed on " + path + "; use " + prefix.method() + " "
                                        + prefix.usage());
                    }
                    return prefix.handler()
                            .handle(path.substring(prefix.prefix().length()));
                }
            }
            throw new ApiError(404, "no such endpoint: " + path + "; see GET / for the list");
        }
        Set<String> reads = new LinkedHashSet<>();
        Set<String> acts = new LinkedHashSet<>();
        byMethod.forEach((m, route) -> (route.readOnly() ? reads : acts).add(m));
        if (method.equals("OPTIONS")) {
            return options(exchange, path, reads, acts);
        }
        Route route = byMethod.get(method.equals("HEAD") ? "GET" : method);
        if (route == null) {
            String allowed = String.join(", ", withHead(reads, acts));
            exchange.getResponseHeaders().set("Allow", allowed);
            throw new ApiError(
                    405,
                    "method " + method + " is not allowed on " + path + "; use "
                            + String.join(", ", byMethod.keySet()));
        }
        if (route.readOnly()) {
            guard.allowRead(exchange);
        } else if (safe) {
            guard.checkAct(exchange, method + " " + path);
        }
        if (method.equals("HEAD") && !route.readOnly()) {
            return Response.headersOnly(200, Response.JSON);
        }
        return route.handler().handle(exchange);
    }

    /** {@code OPTIONS}: a CORS preflight when it is one, else 204 with {@code Allow}. */
    private Response options(HttpExchange exchange, String path, Set<String> reads, Set<String> acts) throws ApiError {
        if (exchange.getRequestHeaders().getFirst("Origin") != null
                && exchange.getRequestHeaders().getFirst("Access-Control-Request-Method") != null) {
            return guard.preflight(exchange, path, reads, acts);
        }
        exchange.getResponseHeaders().set("Allow", String.join(", ", withHead(reads, acts)));
        return Response.noContent();
    }

    /** The methods of a path as {@code Allow} lists them: HEAD with GET, and OPTIONS. */
    static List<String> withHead(Set<String> reads, Set<String> acts) {
        Set<String> all = new LinkedHashSet<>(reads);
        all.addAll(acts);
        if (all.contains("GET")) {
            all.add("HEAD");
        }
        all.add("OPTIONS");
        return List.copyOf(all);
    }

    private static Response error(HttpExchange exchange, int status, String message) {
        if (AcceptHeader.of(exchange).prefersHtml()) {
            String title = switch (status) {
                case 404 -> "Not found";
                case 405 -> "Not allowed";
                case 413 -> "Too large";
                default -> status < 500 ? "Not accepted" : "The node could not do this";
            };
            return Response.html(status, Html.messagePage(title, message));
        }
        return Response.error(status, message);
    }

    private static String describe(HttpExchange exchange) {
        return exchange.getRequestMethod() + " " + exchange.getRequestURI();
    }
}
