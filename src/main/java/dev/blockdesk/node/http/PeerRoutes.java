package dev.blockdesk.node.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.blockdesk.chain.CanonicalJson;
import dev.blockdesk.node.InvalidPeerAddressException;
import dev.blockdesk.node.Node;
import dev.blockdesk.node.PeerOrigin;
import dev.blockdesk.node.PeerRegistration;
import dev.blockdesk.node.TooManyPeersException;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Registering, listing and removing peers. A registration that carries
 * {@code X-Blockdesk-Peering: mutual} is another node asking us to add it back: it is added as a
 * peer that added us, and not asked back. Any other registration (curl, a script) is our user
 * adding peers: they are asked to add us too, when mutual peering is on.
 */
final class PeerRoutes {

    private final Node node;

    PeerRoutes(Node node) {
        this.node = node;
    }

    void register(Router router) {
        router.route("POST", "/nodes/register", this::registerNodes)
                .route("POST", "/register-node", this::registerNode)
                .readOnly("/nodes", exchange -> Response.json(200, WireAnswers.peers(node.peers())))
                .prefix("DELETE", "/nodes/", "/nodes/<host:port>", this::remove);
    }

    private Response registerNodes(HttpExchange exchange) throws ApiError, IOException {
        JsonNode nodes = new Request(exchange).json().get("nodes");
        if (nodes == null || !nodes.isArray() || nodes.isEmpty()) {
            throw new ApiError(400, "Please supply a valid list of nodes: {\"nodes\": [\"http://127.0.0.1:5001\"]}");
        }
        List<String> addresses = new ArrayList<>();
        for (JsonNode address : nodes) {
            if (!address.isTextual()) {
                throw new ApiError(
                        400,
                        "each node must be a string like \"http://127.0.0.1:5001\", found "
                                + CanonicalJson.write(address));
            }
            addresses.add(address.textValue());
        }
        register(exchange, addresses);
        return peerList(201, "New nodes have been added");
    }

    private Response registerNode(HttpExchange exchange) throws ApiError, IOException {
        JsonNode address = new Request(exchange).json().get("address");
        if (address == null || !address.isTextual()) {
            throw new ApiError(400, "Please supply a node address: {\"address\": \"http://127.0.0.1:5001\"}");
        }
        register(exchange, List.of(address.textValue()));
        // dvf's answer, plus what pyscoop's clients read: node_count and nodes, the same peers
        ObjectNode answer = peerAnswer("New nodes have been added");
        answer.put("node_count", answer.get("total_nodes").size());
        answer.set("nodes", answer.get("total_nodes").deepCopy());
        return Response.json(201, answer);
    }

    private void register(HttpExchange exchange, Collection<String> addresses) throws ApiError {
        String peering = exchange.getRequestHeaders().getFirst(PeerRegistration.HEADER);
        PeerOrigin origin = peering != null && peering.strip().equalsIgnoreCase(PeerRegistration.MUTUAL)
                ? PeerOrigin.ADDED_US
                : PeerOrigin.ADDED_BY_US;
        try {
            node.registerPeers(addresses, origin);
        } catch (InvalidPeerAddressException e) {
            throw new ApiError(400, e.getMessage());
        } catch (TooManyPeersException e) {
            throw new ApiError(409, e.getMessage());
        }
    }

    private Response remove(String rawAddress) throws ApiError {
        String address = URLDecoder.decode(rawAddress, StandardCharsets.UTF_8);
        try {
            if (!node.removePeer(address)) {
                throw new ApiError(404, "no such peer: " + address);
            }
        } catch (InvalidPeerAddressException e) {
            throw new ApiError(400, e.getMessage());
        }
        return peerList(200, "Peer removed");
    }

    private Response peerList(int status, String message) {
        return Response.json(status, peerAnswer(message));
    }

    private ObjectNode peerAnswer(String message) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("message", message);
        answer.set("total_nodes", WireAnswers.addresses(node.peers()));
        return answer;
    }
}
