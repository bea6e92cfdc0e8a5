package dev.blockdesk.node.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.node.Node;
import dev.blockdesk.node.SyncApi;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Blockdesk's sync API, version 1 ({@link SyncApi}): the tip, pages of hashes walking back, pages of
 * blocks going up. Each answer is cut from one snapshot of the chain and written from the blocks'
 * canonical bytes, so a page costs the node nothing beyond its bytes; a bad parameter is a 400 that
 * names it and the range it must be in.
 */
final class SyncRoutes {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Node node;

    SyncRoutes(Node node) {
        this.node = node;
    }

    void register(Router router) {
        router.readOnly(SyncApi.TIP, this::tip)
                .readOnly(SyncApi.HASHES, this::hashes)
                .readOnly(SyncApi.BLOCKS, this::blocks);
    }

    private Response tip(HttpExchange exchange) throws ApiError {
        Map<String, String> query = query(exchange, SyncApi.TIP);
        if (!query.isEmpty()) {
            throw new ApiError(
                    400, "GET " + SyncApi.TIP + " takes no parameters; found " + String.join(", ", query.keySet()));
        }
        Chain chain = node.chain();
        ObjectNode body = JSON.objectNode();
        body.put("dialect", node.rules().id());
        body.put("genesis", chain.genesis().hash());
        body.put("hash", chain.tip().hash());
        body.put("index", chain.tip().index());
        body.put("length", chain.length());
        return Response.json(200, body);
    }

    private Response hashes(HttpExchange exchange) throws ApiError {
        Chain chain = node.chain();
        Map<String, String> query = query(exchange, SyncApi.HASHES);
        long from = query.containsKey("from")
                ? index(query.get("from"), chain)
                : chain.tip().index();
        int count = count(query.get("count"), SyncApi.MAX_HASHES);
        long last = Math.max(chain.genesis().index(), from - count + 1);
        ObjectNode body = JSON.objectNode();
        body.put("from", from);
        ArrayNode hashes = body.putArray("hashes");
        for (long index = from; index >= last; index--) {
            hashes.add(chain.block(index).hash());
        }
        return Response.json(200, body);
    }

    private Response blocks(HttpExchange exchange) throws ApiError {
        Chain chain = node.chain();
        Map<String, String> query = query(exchange, SyncApi.BLOCKS);
        if (!query.containsKey("from")) {
            throw new ApiError(
                    400,
                    "from is missing: GET " + SyncApi.BLOCKS + "?from=INDEX&count=N gives up to " + SyncApi.MAX_BLOCKS
                            + " blocks from block INDEX on");
        }
        long from = index(query.get("from"), chain);
        int count = count(query.get("count"), SyncApi.MAX_BLOCKS);
        long end = Math.min(chain.tip().index(), from + count - 1);
        byte[] open = "{\"blocks\": [".getBytes(StandardCharsets.US_ASCII);
        long length = open.length;
        long to = from;
        for (long index = from; index <= end; index++) {
            long bytes = chain.block(index).canonicalLength() + (index > from ? 2 : 0);
            if (index > from && length + bytes > SyncApi.PAGE_BYTES) {
                break;
            }
            length += bytes;
            to = index;
        }
        byte[] close = ("], \"from\": " + from + "}").getBytes(StandardCharsets.US_ASCII);
        long last = to;
        return new Response(200, "application/json", length + close.length, out -> {
            out.write(open);
            long first = chain.genesis().index();
            chain.writeBlocks(out, (int) (from - first), (int) (last - first + 1));
            out.write(close);
        });
    }

    /** The query's parameters, each once, of those {@code path} takes. */
    private static Map<String, String> query(HttpExchange exchange, String path) throws ApiError {
        Map<String, String> parameters = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (Map.Entry<String, String> pair : UrlEncoded.pairs(raw, "query")) {
            String name = pair.getKey();
            String value = pair.getValue();
            if (!path.equals(SyncApi.TIP) && !name.equals("from") && !name.equals("count")) {
                throw new ApiError(
                        400, "unknown parameter \"" + shorten(name) + "\": GET " + path + " takes from and count");
            }
            if (parameters.put(name, value) != null) {
                throw new ApiError(400, name + " is given twice");
            }
        }
        return parameters;
    }

    /** {@code text} as the index of a block of {@code chain}. */
    private static long index(String text, Chain chain) throws ApiError {
        long first = chain.genesis().index();
        long last = chain.tip().index();
        String range = "from must be a block index from " + first + " to " + last + " (the chain's last block)";
        long index;
        try {
            index = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new ApiError(400, range + ", found \"" + shorten(text) + "\"");
        }
        if (index < first || index > last) {
            throw new ApiError(400, range + ", found " + index);
        }
        return index;
    }

    /** {@code text} as a page size from 1 to {@code max}; {@code max} when not given. */
    private static int count(String text, int max) throws ApiError {
        if (text == null) {
            return max;
        }
        String range = "count must be from 1 to " + max;
        try {
            long count = Long.parseLong(text.strip());
            if (count < 1 || count > max) {
                throw new ApiError(400, range + ", found " + count);
            }
            return (int) count;
        } catch (NumberFormatException e) {
            throw new ApiError(400, range + ", found \"" + shorten(text) + "\"");
        }
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
