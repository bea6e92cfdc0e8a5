package dev.blockdesk.node.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Blockchain;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.node.PeerOrigin;
import dev.blockdesk.node.PeerOutcome;
import dev.blockdesk.node.PeerStatus;
import java.util.List;
import java.util.Locale;

/** How domain values travel as the tutorial node's JSON answers: field names and shapes, in one place. */
final class WireAnswers {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private WireAnswers() {}

    /**
     * {@code GET /mine}: the Python node's fields, plus the new block's hash, plus {@code block_data}:
     * the block itself, as pyscoop's {@code /mine} answers it and its clients read it.
     */
    static ObjectNode mined(Block block) {
        ObjectNode body = JSON.objectNode();
        body.put("message", "New Block Forged");
        body.put("index", block.index());
        ObjectNode json = block.toJson(); // read once: a stored block's JSON comes back from the store
        body.set("transactions", json.get("transactions").deepCopy());
        body.set("proof", json.get("proof").deepCopy());
        body.put("previous_hash", block.previousHash());
        body.put("hash", block.hash());
        body.set("block_data", json);
        return body;
    }

    /** {@code POST /transactions/new}: where the transaction will be, or is. */
    static ObjectNode receipt(Blockchain.Receipt receipt) {
        return JSON.objectNode()
                .put(
                        "message",
                        receipt.duplicate()
                                ? "Transaction already known: it is or will be in Block " + receipt.blockIndex()
                                : "Transaction will be added to Block " + receipt.blockIndex());
    }

    /**
     * {@code POST /create-transaction}: {@link #receipt}'s message, plus {@code block_index}, the
     * block the transaction will be in, which pyscoop's clients read (its own node answers
     * {@code true} there, by a slip; the index is what the name promises).
     */
    static ObjectNode receiptWithIndex(Blockchain.Receipt receipt) {
        return receipt(receipt).put("block_index", receipt.blockIndex());
    }

    /** {@code GET /transactions/pending}. */
    static ObjectNode pending(List<Transaction> pending) {
        ObjectNode body = JSON.objectNode();
        body.set("transactions", transactions(pending));
        body.put("length", pending.size());
        return body;
    }

    static ArrayNode transactions(List<Transaction> transactions) {
        ArrayNode list = JSON.arrayNode();
        transactions.forEach(tx -> list.add(tx.toJson()));
        return list;
    }

    /**
     * {@code GET /nodes}: what we know of each peer, unknown fields left out, each with its
     * {@code origin} ("added by us" or "added us"); then the addresses our user {@code added} and
     * those that {@code added_us}.
     */
    static ObjectNode peers(List<PeerStatus> peers) {
        ObjectNode body = JSON.objectNode();
        ArrayNode list = body.putArray("nodes");
        ArrayNode added = JSON.arrayNode();
        ArrayNode addedUs = JSON.arrayNode();
        for (PeerStatus peer : peers) {
            ObjectNode entry = list.addObject();
            entry.put("address", peer.address().toString());
            entry.put("origin", peer.origin().text());
            (peer.origin() == PeerOrigin.ADDED_US ? addedUs : added)
                    .add(peer.address().toString());
            entry.put("reachable", peer.reachable());
            if (peer.chainLength() >= 0) {
                entry.put("length", peer.chainLength());
                entry.put("tip", peer.tipHash());
            }
            if (peer.dialect() != null) {
                entry.put("dialect", peer.dialect());
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
        body.set("added", added);
        body.set("added_us", addedUs);
        return body;
    }

    /** The {@code total_nodes} list of the register and remove answers. */
    static ArrayNode addresses(List<PeerStatus> peers) {
        ArrayNode list = JSON.arrayNode();
        peers.forEach(p -> list.add(p.address().toString()));
        return list;
    }

    /** {@code GET /nodes/resolve}'s head: the Python node's message, and what was made of each peer. */
    static ObjectNode resolved(boolean replaced, List<PeerOutcome> outcomes) {
        ObjectNode head = JSON.objectNode();
        head.put("message", replaced ? "Our chain was replaced" : "Our chain is authoritative");
        head.set("peers", outcomes(outcomes));
        return head;
    }

    /**
     * {@code GET /sync-chain}'s head: pyscoop's message, and what was made of each peer as
     * {@code /nodes/resolve} reports it. "No neighbour chain is available" when no peer gave us a
     * valid chain to compare (we have none, or none answered with one), as pyscoop says when no
     * neighbour answered; "Chain was replaced" when one was adopted; "Chain is already up to date"
     * when valid chains were read and none was longer than ours.
     */
    static ObjectNode synced(boolean replaced, List<PeerOutcome> outcomes) {
        boolean anyValid = outcomes.stream()
                .anyMatch(o -> o.kind() == PeerOutcome.Kind.ADOPTED || o.kind() == PeerOutcome.Kind.NOT_LONGER);
        ObjectNode head = JSON.objectNode();
        head.put(
                "message",
                replaced
                        ? "Chain was replaced"
                        : anyValid ? "Chain is already up to date" : "No neighbour chain is available");
        head.set("peers", outcomes(outcomes));
        return head;
    }

    private static ArrayNode outcomes(List<PeerOutcome> outcomes) {
        ArrayNode peers = JSON.arrayNode();
        for (PeerOutcome outcome : outcomes) {
            ObjectNode entry = peers.addObject();
            entry.put("peer", outcome.peer().toString());
            entry.put("outcome", outcome.kind().name().toLowerCase(Locale.ROOT));
            if (outcome.length() >= 0) {
                entry.put("length", outcome.length());
            }
            entry.put("reason", outcome.reason());
        }
        return peers;
    }
}
