package dev.blockdesk.node.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.blockdesk.chain.Block;
import dev.blockdesk.node.Node;
import dev.blockdesk.node.ResolveReport;
import dev.blockdesk.store.StoreException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The chain's endpoints: the index, {@code /chain}, {@code /mine} and {@code /nodes/resolve}. */
final class ChainRoutes {

    /** How long {@code GET /mine} waits for a block before saying that mining goes on without it. */
    static final Duration MINE_DEADLINE = Duration.ofMinutes(10);

    private final Node node;

    ChainRoutes(Node node) {
        this.node = node;
    }

    void register(Router router) {
        router.route("GET", "/", exchange -> index(router))
                .route("GET", "/chain", this::chain)
                .route("GET", "/chains", this::chain)
                .route("GET", "/mine", this::mine)
                .route("GET", "/nodes/resolve", this::resolve)
                .route("GET", "/sync-chain", this::resolve);
    }

    private Response index(Router router) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("node", node.nodeId());
        body.put("length", node.chain().length());
        ArrayNode endpoints = body.putArray("endpoints");
        router.endpoints().forEach(endpoints::add);
        return Response.json(200, body);
    }

    private Response chain(HttpExchange exchange) {
        return Response.chain(200, node.chain());
    }

    private Response mine(HttpExchange exchange) throws ApiError {
        Block block;
        try {
            block = node.mine().get(MINE_DEADLINE.toMinutes(), TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "the node is shutting down");
        } catch (CancellationException e) {
            throw cancelled();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StoreException store) {
                throw new ApiError(503, "a block was found but could not be stored, so it is not on the chain: " + store.getMessage());
            }
            throw cancelled();
        } catch (TimeoutException e) {
            throw new ApiError(504, "no block found within " + MINE_DEADLINE.toMinutes()
                    + " minutes; mining goes on, and the block will appear in GET /chain");
        }
        return Response.json(200, WireAnswers.mined(block));
    }

    private static ApiError cancelled() {
        return new ApiError(409, "mining was cancelled before a block was found");
    }

    private Response resolve(HttpExchange exchange) {
        ResolveReport report = node.resolve();
        return Response.withChain(200, WireAnswers.resolved(report.replaced(), report.outcomes()),
                report.replaced() ? "new_chain" : "chain", report.chain());
    }
}
