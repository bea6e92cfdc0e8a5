package dev.blockdesk.node.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.blockdesk.chain.CanonicalJson;
import dev.blockdesk.chain.Chain;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** An answer: a status and a JSON body (or, for browsers, an HTML page), streamed with its exact length. */
record Response(int status, String contentType, long length, BodyWriter writer) {

    static final String JSON = "application/json";
    private static final String HTML = "text/html; charset=utf-8";

    /**
     * What a page of ours may do: show itself with its own inline style and post forms to us. No
     * script runs, nothing is fetched from elsewhere, and no other site may frame it. The pages
     * escape everything they show; this says so a second time, to the browser.
     */
    private static final String PAGE_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @FunctionalInterface
    interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    static Response json(int status, JsonNode body) {
        byte[] bytes = CanonicalJson.bytes(body);
        return new Response(status, JSON, bytes.length, out -> out.write(bytes));
    }

    /** A page, UTF-8; {@code page} is already escaped HTML. */
    static Response html(int status, String page) {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        return new Response(status, HTML, bytes.length, out -> out.write(bytes));
    }

    /** No body: {@code OPTIONS}'s 204. */
    static Response noContent() {
        return new Response(204, null, -1, out -> {});
    }

    /** Headers only, of a length not known without doing the work: HEAD of a route that does work ({@code /mine}). */
    static Response headersOnly(int status, String contentType) {
        return new Response(status, contentType, -1, out -> {});
    }

    static Response error(int status, String message) {
        return json(status, JsonNodeFactory.instance.objectNode().put("error", message));
    }

    static Response chain(int status, Chain chain) {
        return withChain(status, JsonNodeFactory.instance.objectNode(), "chain", chain);
    }

    /** {@code head}'s fields, then {@code field: [blocks...]} and {@code length}, without copying the blocks. */
    static Response withChain(int status, ObjectNode head, String field, Chain chain) {
        head.put("length", chain.length());
        String headText = CanonicalJson.write(head);
        byte[] open = ("{\"" + field + "\": [").getBytes(StandardCharsets.US_ASCII);
        byte[] close = ("], " + headText.substring(1)).getBytes(StandardCharsets.US_ASCII);
        long length = open.length + chain.blocksLength() + close.length;
        return new Response(status, JSON, length, out -> {
            out.write(open);
            chain.writeBlocks(out);
            out.write(close);
        });
    }

    /**
     * Sends the status, headers and body. A HEAD request gets the headers GET would, with its
     * Content-Length when known, and no body; 204 gets neither length nor type.
     */
    void send(HttpExchange exchange) throws IOException {
        if (contentType == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", contentType);
        if (contentType.equals(HTML)) {
            exchange.getResponseHeaders().set("Content-Security-Policy", PAGE_POLICY);
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        }
        if (exchange.getRequestMethod().equalsIgnoreCase("HEAD")) {
            if (length >= 0) {
                exchange.getResponseHeaders().set("Content-Length", Long.toString(length));
            }
            exchange.sendResponseHeaders(status, -1); // the JDK's server warns of a HEAD given a length to send
            return;
        }
        exchange.sendResponseHeaders(status, length);
        try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), 1 << 16)) {
            writer.write(out);
        }
    }
}
