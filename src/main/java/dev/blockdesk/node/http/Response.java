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

/** An answer: a status and a JSON body, streamed with its exact length. */
record Response(int status, long length, BodyWriter writer) {

    @FunctionalInterface
    interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    static Response json(int status, JsonNode body) {
        byte[] bytes = CanonicalJson.bytes(body);
        return new Response(status, bytes.length, out -> out.write(bytes));
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
        return new Response(status, length, out -> {
            out.write(open);
            chain.writeBlocks(out);
            out.write(close);
        });
    }

    void send(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, length);
        try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), 1 << 16)) {
            writer.write(out);
        }
    }
}
