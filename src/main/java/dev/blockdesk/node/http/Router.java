package dev.blockdesk.node.http;

import com.sun.net.httpserver.HttpExchange;
import dev.blockdesk.store.StoreException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends each request to its handler by path and method: 404 for an unknown path, 405 with
 * {@code Allow} for a wrong method. Whatever a handler throws becomes an answer: the client's
 * mistakes a 4xx, a store that cannot write a 503 (nothing changed; retry later), our own bugs a
 * logged 500. A path prefix route ({@code DELETE /nodes/<address>}) gets the rest of the path.
 * A browser (a client that prefers {@code text/html}) gets each refusal as a page with the same
 * status and message and a link back; every other client gets {@code {"error": ...}}.
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

    private record Prefix(String method, String prefix, String usage, PrefixHandler handler) {
    }

    private final Map<String, Map<String, Handler>> routes = new LinkedHashMap<>();
    private final List<Prefix> prefixes = new ArrayList<>();

    Router route(String method, String path, Handler handler) {
        routes.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(method, handler);
        return this;
    }

    /** Routes {@code method prefix<rest>} for paths that are not routes of their own. */
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
                response = error(exchange, 500, "internal error: " + e.getClass().getSimpleName());
            }
            response.send(exchange);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "client went away: " + e.getMessage());
        }
    }

    private Response dispatch(HttpExchange exchange) throws ApiError, IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        Map<String, Handler> byMethod = routes.get(path);
        if (byMethod == null) {
            for (Prefix prefix : prefixes) {
                if (path.startsWith(prefix.prefix())) {
                    if (!method.equals(prefix.method())) {
                        throw new ApiError(405, "method " + method + " is not allowed on " + path + "; use "
                                + prefix.method() + " " + prefix.usage());
                    }
                    return prefix.handler().handle(path.substring(prefix.prefix().length()));
                }
            }
            throw new ApiError(404, "no such endpoint: " + path + "; see GET / for the list");
        }
        Handler handler = byMethod.get(method);
        if (handler == null) {
            String allowed = String.join(", ", byMethod.keySet());
            exchange.getResponseHeaders().set("Allow", allowed);
            throw new ApiError(405, "method " + method + " is not allowed on " + path + "; use " + allowed);
        }
        return handler.handle(exchange);
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
