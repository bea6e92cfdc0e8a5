package dev.blockdesk.node.http;

import com.sun.net.httpserver.HttpExchange;
import dev.blockdesk.chain.Block;
import dev.blockdesk.node.Node;
import dev.blockdesk.node.PeerOutcome;
import dev.blockdesk.node.ResolveReport;
import dev.blockdesk.store.StoreException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The chain's endpoints: {@code /chain}, {@code /mine}, {@code /nodes/resolve} and {@code /sync-chain}. */
final class ChainRoutes {

    /** How long {@code GET /mine} waits for a block before saying that mining goes on without it. */
    static final Duration MINE_DEADLINE = Duration.ofMinutes(10);

    private final Node node;

    ChainRoutes(Node node) {
        this.node = node;
    }

    void register(Router router) {
        router.readOnly("/chain", this::chain)
                .readOnly("/chains", this::chain)
                .route("GET", "/mine", this::mine)
                .route("GET", "/nodes/resolve", this::resolve)
                .route("GET", "/sync-chain", this::syncChain);
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
                throw new ApiError(
                        503,
                        "a block was found but could not be stored, so it is not on the chain: " + store.getMessage());
            }
            throw cancelled();
        } catch (TimeoutException e) {
            throw new ApiError(
                    504,
                    "no block found within " + MINE_DEADLINE.toMinutes()
                            + " minutes; mining goes on, and the block will appear in GET /chain");
        }
        return Response.json(200, WireAnswers.mined(block));
    }

    private static ApiError cancelled() {
        return new ApiError(409, "mining was cancelled before a block was found");
    }

    private Response resolve(HttpExchange exchange) {
        ResolveReport report = node.resolve();
        return Response.withChain(
                200,
                WireAnswers.resolved(report.replaced(), report.outcomes()),
                report.replaced() ? "new_chain" : "chain",
                report.chain());
    }

    /**
     * pyscoop's {@code /sync-chain}: the same round as {@code /nodes/resolve}, in pyscoop's words,
     * always with {@code "chain"}, our chain afterwards. A longer valid chain that could not be
     * stored is a 503 with the reason, as every change the store refuses is: "up to date" would
     * be untrue.
     */
    private Response syncChain(HttpExchange exchange) throws ApiError {
        ResolveReport report = node.resolve();
        if (!report.replaced()) {
            for (PeerOutcome outcome : report.outcomes()) {
                if (outcome.kind() == PeerOutcome.Kind.NOT_LONGER
                        && outcome.length() > report.chain().length()) {
                    throw new ApiError(
                            503,
                            "the node could not store the longer chain, so nothing changed: " + outcome.describe());
                }
            }
        }
        return Response.withChain(
                200, WireAnswers.synced(report.replaced(), report.outcomes()), "chain", report.chain());
    }
}
