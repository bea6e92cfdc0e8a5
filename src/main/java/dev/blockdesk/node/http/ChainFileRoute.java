package dev.blockdesk.node.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.node.Node;
import dev.blockdesk.store.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;

/**
 * chain-study's {@code GET /write}: the chain written to {@code chains.json} in the data directory,
 * as that tutorial's node writes and loads it (a bare array; in the chain-study dialect with its
 * keys in creation order, so the file can be handed to that node as it is), answered with
 * {@code {"chains": [...], "message"}}.
 */
final class ChainFileRoute {

    static final String FILE = "chains.json";
    private static final System.Logger LOG = System.getLogger(ChainFileRoute.class.getName());

    private final Node node;

    ChainFileRoute(Node node) {
        this.node = node;
    }

    void register(Router router) {
        router.route("GET", "/write", this::write);
    }

    private Response write(HttpExchange exchange) throws ApiError {
        Path directory = node.config().dataDirectory();
        if (directory == null) {
            throw new ApiError(503, "this node keeps no data directory, so there is nowhere to write " + FILE);
        }
        Chain chain = node.chain();
        Path target = directory.resolve(FILE);
        try {
            AtomicFile.write(target, out -> chain.writeArray(out, node.rules()));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "GET /write could not write " + target, e);
            throw new ApiError(503, "could not write " + target + ": " + e.getMessage() + "; nothing was written");
        }
        LOG.log(System.Logger.Level.INFO, "wrote {0} blocks to {1}", chain.length(), target);
        ObjectNode head = JsonNodeFactory.instance.objectNode();
        head.put(
                "message",
                "...  Writing whole chains to chains.json ... (" + chain.length() + " blocks in " + target + ")");
        return Response.withChain(200, head, "chains", chain);
    }
}
