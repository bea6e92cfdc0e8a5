package dev.blockdesk.node.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.blockdesk.chain.Blockchain;
import dev.blockdesk.chain.InvalidTransactionException;
import dev.blockdesk.node.Node;
import dev.blockdesk.node.PendingPoolFullException;
import java.io.IOException;

/**
 * New transactions (JSON, a URL-encoded or a multipart form) and the pending list. A browser's form
 * post is answered with a page saying what became of it; every other client gets JSON.
 */
final class TransactionRoutes {

    private final Node node;

    TransactionRoutes(Node node) {
        this.node = node;
    }

    void register(Router router) {
        router.route("POST", "/transactions/new", exchange -> submit(exchange, false))
                .route("POST", "/create-transaction", exchange -> submit(exchange, true))
                .readOnly("/transactions/pending", this::pending)
                .readOnly("/transactions", this::pendingList);
    }

    /** {@code withIndex}: pyscoop's {@code /create-transaction}, whose clients also read {@code block_index}. */
    private Response submit(HttpExchange exchange, boolean withIndex) throws ApiError, IOException {
        Blockchain.Receipt receipt;
        try {
            receipt = node.submitTransaction(new Request(exchange).jsonOrForm());
        } catch (InvalidTransactionException e) {
            throw new ApiError(400, e.getMessage());
        } catch (PendingPoolFullException e) {
            throw new ApiError(503, e.getMessage());
        }
        int status = receipt.duplicate() ? 200 : 201;
        ObjectNode answer = withIndex ? WireAnswers.receiptWithIndex(receipt) : WireAnswers.receipt(receipt);
        if (AcceptHeader.of(exchange).prefersHtml()) {
            return Response.html(
                    status,
                    Html.messagePage(
                            receipt.duplicate() ? "Transaction already known" : "Transaction accepted",
                            answer.get("message").textValue()));
        }
        return Response.json(status, answer);
    }

    /** {@code GET /transactions/pending}: {@code {"transactions": [...], "length": N}}. */
    private Response pending(HttpExchange exchange) {
        return Response.json(200, WireAnswers.pending(node.pending()));
    }

    /** {@code GET /transactions}: the bare list, as seed 000's node answers it. */
    private Response pendingList(HttpExchange exchange) {
        return Response.json(200, WireAnswers.transactions(node.pending()));
    }
}
