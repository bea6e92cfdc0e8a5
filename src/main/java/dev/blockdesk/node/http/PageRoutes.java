package dev.blockdesk.node.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.blockdesk.node.Node;

/**
 * The pages a browser opens, as seed 000's node serves them: {@code GET /} (the node at a glance,
 * or for a client that asks for JSON and not HTML, the JSON index it always had), {@code GET
 * /transactions/new} (the form) and {@code GET /transactions/all} (every transaction). The form
 * posts to {@code POST /transactions/new}, which answers a browser with a page too.
 */
final class PageRoutes {

    private final Node node;

    PageRoutes(Node node) {
        this.node = node;
    }

    void register(Router router) {
        router.readOnly("/", exchange -> home(exchange, router))
                .readOnly("/transactions/new", exchange -> Response.html(200, Html.formPage()))
                .readOnly("/transactions/all", exchange -> Response.html(200, TransactionListing.render(node.chain())));
    }

    private Response home(HttpExchange exchange, Router router) {
        if (AcceptHeader.of(exchange).prefersJson()) {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("node", node.nodeId());
            body.put("length", node.chain().length());
            ArrayNode endpoints = body.putArray("endpoints");
            router.endpoints().forEach(endpoints::add);
            return Response.json(200, body);
        }
        return Response.html(200, HomePage.render(node.nodeId(), node.chain(), node.pending(), router.endpoints()));
    }
}
