package dev.blockdesk.node.http;

import com.sun.net.httpserver.HttpExchange;
import dev.blockdesk.chain.Blockchain;
import dev.blockdesk.chain.InvalidTransactionException;
import dev.blockdesk.node.Node;
import java.io.IOException;

/** New transactions (JSON or a form) and the pending list. */
final class TransactionRoutes {

    private final Node node;

    TransactionRoutes(Node node) {
        this.node = node;
    }

    void register(Router router) {
        router.route("POST", "/transactions/new", this::submit)
                .route("POST", "/create-transaction", this::submit)
                .route("GET", "/transactions/pending", this::pending)
                .route("GET", "/transactions", this::pending);
    }

    private Response submit(HttpExchange exchange) throws ApiError, IOException {
        Blockchain.Receipt receipt;
        try {
            receipt = node.submitTransaction(new Request(exchange).jsonOrForm());
        } catch (InvalidTransactionException e) {
            throw new ApiError(400, e.getMessage());
        }
        return Response.json(receipt.duplicate() ? 200 : 201, WireAnswers.receipt(receipt));
    }

    private Response pending(HttpExchange exchange) {
        return Response.json(200, WireAnswers.pending(node.pending()));
    }
}
