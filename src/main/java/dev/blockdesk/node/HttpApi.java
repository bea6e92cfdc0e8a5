package dev.blockdesk.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Blockchain;
import dev.blockdesk.chain.CanonicalJson;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.InvalidTransactionException;
import dev.blockdesk.chain.MalformedJsonException;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.chain.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The tutorial node's HTTP API on the JDK's HttpServer, answering as the Python node does (same
 * paths, status codes and JSON fields) and refusing bad input with a 4xx and {@code {"error": ...}}
 * where the Python node crashes with a 500. Handlers run on a bounded, named pool.
 */
final class HttpApi {

    static final int MAX_BODY_BYTES = 1 << 20;
    private static final long MAX_DRAINED_BYTES = 32L << 20;

    private static final System.Logger LOG = System.getLogger(HttpApi.class.getName());
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @FunctionalInterface
    private interface Handler {
        Response handle(HttpExchange exchange) throws ApiError, IOException;
    }

    private final Node node;
    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final Map<String, Map<String, Handler>> routes = new LinkedHashMap<>();

    private HttpApi(Node node, HttpServer server, ThreadPoolExecutor executor) {
        this.node = node;
        this.server = server;
        this.executor = executor;
        route("GET", "/", this::index);
        route("GET", "/chain", this::chain);
        route("GET", "/chains", this::chain);
        route("GET", "/mine", this::mine);
        route("POST", "/transactions/new", this::newTransaction);
        route("POST", "/create-transaction", this::newTransaction);
        route("GET", "/transactions/pending", this::pending);
        route("GET", "/transactions", this::pending);
        route("POST", "/nodes/register", this::registerNodes);
        route("POST", "/register-node", this::registerNode);
        route("GET", "/nodes", this::nodes);
        route("GET", "/nodes/resolve", this::resolve);
        route("GET", "/sync-chain", this::resolve);
    }

    static HttpApi start(Node node, InetSocketAddress address) throws IOException {
        HttpServer server = HttpServer.create(address, 64);
        ThreadPoolExecutor executor = new ThreadPoolExecutor(8, 8, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(256),
                Node.daemons("blockdesk-http"), new ThreadPoolExecutor.CallerRunsPolicy());
        executor.allowCoreThreadTimeOut(true);
        HttpApi api = new HttpApi(node, server, executor);
        server.createContext("/", api::serve);
        server.setExecutor(executor);
        server.start();
        return api;
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void route(String method, String path, Handler handler) {
        routes.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(method, handler);
    }

    private void serve(HttpExchange exchange) {
        try (exchange) {
            Response response;
            try {
                response = dispatch(exchange);
            } catch (ApiError e) {
                response = Response.error(e.status, e.getMessage());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "internal error serving " + exchange.getRequestMethod() + " "
                        + exchange.getRequestURI(), e);
                response = Response.error(500, "internal error: " + e.getClass().getSimpleName());
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
        if (path.startsWith("/nodes/") && !routes.containsKey(path)) {
            if (!method.equals("DELETE")) {
                throw new ApiError(405, "method " + method + " is not allowed on " + path + "; use DELETE to remove a peer");
            }
            return removeNode(path.substring("/nodes/".length()));
        }
        Map<String, Handler> byMethod = routes.get(path);
        if (byMethod == null) {
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

    // ---- endpoints

    private Response index(HttpExchange exchange) {
        ObjectNode body = JSON.objectNode();
        body.put("node", node.nodeId());
        body.put("length", node.chain().length());
        ArrayNode endpoints = body.putArray("endpoints");
        routes.forEach((path, methods) -> methods.keySet().forEach(m -> endpoints.add(m + " " + path)));
        endpoints.add("DELETE /nodes/<host:port>");
        return Response.json(200, body);
    }

    private Response chain(HttpExchange exchange) {
        return Response.chain(200, node.chain());
    }

    private Response mine(HttpExchange exchange) throws ApiError {
        Block block;
        try {
            block = node.mine().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "the node is shutting down");
        } catch (CancellationException | ExecutionException e) {
            throw new ApiError(409, "mining was cancelled before a block was found");
        }
        ObjectNode body = JSON.objectNode();
        body.put("message", "New Block Forged");
        body.put("index", block.index());
        ArrayNode transactions = body.putArray("transactions");
        block.transactions().forEach(tx -> transactions.add(tx.toJson()));
        body.set("proof", block.toJson().get("proof"));
        body.put("previous_hash", block.previousHash());
        body.put("hash", block.hash());
        return Response.json(200, body);
    }

    private Response newTransaction(HttpExchange exchange) throws ApiError, IOException {
        byte[] raw = readBody(exchange);
        JsonNode body = isForm(exchange, raw) ? formToJson(raw) : parseJson(raw);
        Blockchain.Receipt receipt;
        try {
            receipt = node.submitTransaction(body);
        } catch (InvalidTransactionException e) {
            throw new ApiError(400, e.getMessage());
        }
        ObjectNode answer = JSON.objectNode();
        answer.put("message", receipt.duplicate()
                ? "Transaction already known: it is or will be in Block " + receipt.blockIndex()
                : "Transaction will be added to Block " + receipt.blockIndex());
        return Response.json(receipt.duplicate() ? 200 : 201, answer);
    }

    private Response pending(HttpExchange exchange) {
        List<Transaction> pending = node.pending();
        ObjectNode body = JSON.objectNode();
        ArrayNode list = body.putArray("transactions");
        pending.forEach(tx -> list.add(tx.toJson()));
        body.put("length", pending.size());
        return Response.json(200, body);
    }

    private Response registerNodes(HttpExchange exchange) throws ApiError, IOException {
        JsonNode body = parseJson(readBody(exchange));
        JsonNode nodes = body.get("nodes");
        if (nodes == null || !nodes.isArray() || nodes.isEmpty()) {
            throw new ApiError(400, "Please supply a valid list of nodes: {\"nodes\": [\"http://127.0.0.1:5001\"]}");
        }
        List<String> addresses = new ArrayList<>();
        for (JsonNode address : nodes) {
            if (!address.isTextual()) {
                throw new ApiError(400, "each node must be a string like \"http://127.0.0.1:5001\", found " + CanonicalJson.write(address));
            }
            addresses.add(address.textValue());
        }
        return register(addresses);
    }

    private Response registerNode(HttpExchange exchange) throws ApiError, IOException {
        JsonNode body = parseJson(readBody(exchange));
        JsonNode address = body.get("address");
        if (address == null || !address.isTextual()) {
            throw new ApiError(400, "Please supply a node address: {\"address\": \"http://127.0.0.1:5001\"}");
        }
        return register(List.of(address.textValue()));
    }

    private Response register(Collection<String> addresses) throws ApiError {
        try {
            node.registerPeers(addresses);
        } catch (InvalidPeerAddressException e) {
            throw new ApiError(400, e.getMessage());
        }
        ObjectNode answer = JSON.objectNode();
        answer.put("message", "New nodes have been added");
        answer.set("total_nodes", peerList());
        return Response.json(201, answer);
    }

    private Response removeNode(String rawAddress) throws ApiError {
        String address = URLDecoder.decode(rawAddress, StandardCharsets.UTF_8);
        try {
            if (!node.removePeer(address)) {
                throw new ApiError(404, "no such peer: " + address);
            }
        } catch (InvalidPeerAddressException e) {
            throw new ApiError(400, e.getMessage());
        }
        ObjectNode answer = JSON.objectNode();
        answer.put("message", "Peer removed");
        answer.set("total_nodes", peerList());
        return Response.json(200, answer);
    }

    private Response nodes(HttpExchange exchange) {
        ObjectNode body = JSON.objectNode();
        ArrayNode list = body.putArray("nodes");
        for (PeerStatus peer : node.peers()) {
            ObjectNode entry = list.addObject();
            entry.put("address", peer.address().toString());
            entry.put("reachable", peer.reachable());
            if (peer.chainLength() >= 0) {
                entry.put("length", peer.chainLength());
                entry.put("tip", peer.tipHash());
            }
            if (peer.latency() != null) {
                entry.put("latency_ms", peer.latency().toMillis());
            }
            if (peer.lastContact() != null) {
                entry.put("last_contact", peer.lastContact().toString());
            }
            if (peer.lastError() != null) {
                entry.put("last_error", peer.lastError());
            }
        }
        body.put("total", list.size());
        return Response.json(200, body);
    }

    private Response resolve(HttpExchange exchange) {
        ResolveReport report = node.resolve();
        ObjectNode head = JSON.objectNode();
        head.put("message", report.replaced() ? "Our chain was replaced" : "Our chain is authoritative");
        ArrayNode peers = head.putArray("peers");
        for (PeerOutcome outcome : report.outcomes()) {
            ObjectNode entry = peers.addObject();
            entry.put("peer", outcome.peer().toString());
            entry.put("outcome", outcome.kind().name().toLowerCase(Locale.ROOT));
            if (outcome.length() >= 0) {
                entry.put("length", outcome.length());
            }
            entry.put("reason", outcome.reason());
        }
        return Response.withChain(200, head, report.replaced() ? "new_chain" : "chain", report.chain());
    }

    // ---- input

    private ArrayNode peerList() {
        ArrayNode list = JSON.arrayNode();
        node.peers().forEach(p -> list.add(p.address().toString()));
        return list;
    }

    private static byte[] readBody(HttpExchange exchange) throws ApiError, IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        long declared = -1;
        if (length != null) {
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                throw new ApiError(400, "Content-Length is not a number");
            }
        }
        InputStream in = exchange.getRequestBody();
        if (declared > MAX_BODY_BYTES) {
            drain(in, declared);
            throw tooLarge();
        }
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            drain(in, MAX_DRAINED_BYTES);
            throw tooLarge();
        }
        return body;
    }

    /**
     * Reads and drops the rest of a refused body, up to a bound, so the client, still sending,
     * gets our 413 rather than a reset connection. Past the bound the connection is simply closed.
     */
    private static void drain(InputStream in, long declared) throws IOException {
        if (declared <= MAX_DRAINED_BYTES) {
            long left = declared;
            byte[] sink = new byte[1 << 16];
            int n;
            while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
                left -= n;
            }
        }
    }

    private static ApiError tooLarge() {
        return new ApiError(413, "the request body is larger than " + Sizes.describe(MAX_BODY_BYTES));
    }

    private static JsonNode parseJson(byte[] body) throws ApiError {
        if (body.length == 0) {
            throw new ApiError(400, "Missing values: the request has no body; send JSON");
        }
        try {
            JsonNode json = WireJson.parse(body);
            if (!json.isObject()) {
                throw new ApiError(400, "the request body must be a JSON object");
            }
            return json;
        } catch (MalformedJsonException e) {
            throw new ApiError(400, "the request body is not JSON: " + e.getMessage());
        }
    }

    /** A form post, unless the body is plainly JSON: {@code curl -d '{...}'} labels JSON as a form. */
    private static boolean isForm(HttpExchange exchange, byte[] body) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return false;
        }
        String start = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).stripLeading();
        return !start.startsWith("{");
    }

    /** A form post of a transaction as JSON: sender and recipient strings, the amount a number when it reads as one. */
    private static JsonNode formToJson(byte[] raw) throws ApiError {
        ObjectNode json = JSON.objectNode();
        String text = new String(raw, StandardCharsets.UTF_8);
        try {
            for (String pair : text.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8);
                json.set(key, key.equals("amount") ? number(value) : JSON.textNode(value));
            }
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "the form is not URL-encoded: " + e.getMessage());
        }
        return json;
    }

    private static JsonNode number(String text) {
        try {
            JsonNode parsed = WireJson.parse(text.strip());
            return parsed.isNumber() ? parsed : JSON.textNode(text);
        } catch (MalformedJsonException e) {
            return JSON.textNode(text);
        }
    }

    /** A refusal the client caused: a 4xx with a reason. */
    static final class ApiError extends Exception {
        final int status;

        ApiError(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** An answer: a status and a JSON body, streamed with its exact length. */
    private record Response(int status, long length, BodyWriter writer) {

        @FunctionalInterface
        interface BodyWriter {
            void write(OutputStream out) throws IOException;
        }

        static Response json(int status, JsonNode body) {
            byte[] bytes = CanonicalJson.bytes(body);
            return new Response(status, bytes.length, out -> out.write(bytes));
        }

        static Response error(int status, String message) {
            return json(status, JSON.objectNode().put("error", message));
        }

        static Response chain(int status, Chain chain) {
            return withChain(status, JSON.objectNode(), "chain", chain);
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
            try (OutputStream out = new java.io.BufferedOutputStream(exchange.getResponseBody(), 1 << 16)) {
                writer.write(out);
            }
        }
    }
}
