package dev.blockdesk.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The chain-study dialect (seed 000, github.com/onitonitonito/block_chain_study): a block's hash is
 * {@code sha256(json.dumps(block))} without sort_keys, so with its keys in the order the node
 * creates them (index, timestamp, transactions, proof, previous_hash; a transaction's sender,
 * recipient, amount); the proof is {@link ProductProofOfWork}; the genesis block has index 1, proof
 * 100 and the integer previous_hash 1. Keys the node never creates come after those, sorted, and
 * nested objects are sorted: nothing on the wire keeps another order for them.
 */
public final class ChainStudyRules extends DialectRules {

    public static final String ID = "chain-study";
    private static final List<String> BLOCK_KEYS =
            List.of("index", "timestamp", "transactions", "proof", "previous_hash");
    private static final List<String> TRANSACTION_KEYS = List.of("sender", "recipient", "amount");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The SHA-256 of the block's JSON in creation order. */
    static final BlockHasher HASHER =
            (block, canonical) -> Sha256.hex(CanonicalJson.bytesInGivenOrder(inCreationOrder(block)));

    public ChainStudyRules(int difficulty) {
        super(
                ID,
                ChainText.of("chain.dialect.chainStudy.tutorial"),
                HASHER,
                new ProductProofOfWork(difficulty),
                GenesisShape.hundred(GenesisShape.integer(1)));
    }

    /** The block with its keys in the order the chain-study node creates them. */
    static ObjectNode inCreationOrder(JsonNode block) {
        ObjectNode ordered = ordered(block, BLOCK_KEYS);
        JsonNode transactions = ordered.get("transactions");
        if (transactions != null && transactions.isArray()) {
            ArrayNode list = JSON.arrayNode();
            transactions.forEach(tx -> list.add(tx.isObject() ? ordered(tx, TRANSACTION_KEYS) : tx));
            ordered.set("transactions", list);
        }
        return ordered;
    }

    private static ObjectNode ordered(JsonNode object, List<String> first) {
        ObjectNode ordered = JSON.objectNode();
        for (String key : first) {
            JsonNode value = object.get(key);
            if (value != null) {
                ordered.set(key, sorted(value));
            }
        }
        List<String> rest = new ArrayList<>();
        object.fieldNames().forEachRemaining(key -> {
            if (!first.contains(key)) {
                rest.add(key);
            }
        });
        rest.sort(CanonicalJson::compareCodePoints);
        rest.forEach(key -> ordered.set(key, sorted(object.get(key))));
        return ordered;
    }

    private static JsonNode sorted(JsonNode value) {
        if (value.isObject()) {
            return ordered(value, List.of());
        }
        if (value.isArray()) {
            ArrayNode list = JSON.arrayNode();
            value.forEach(item -> list.add(sorted(item)));
            return list;
        }
        return value;
    }

    @Override
    public ProductProofOfWork proof() {
        return (ProductProofOfWork) super.proof();
    }

    /** The node loads {@code chains.json}, a bare array, at start-up. */
    @Override
    public void writeFile(Chain chain, OutputStream out) throws IOException {
        chain.writeArray(out, this);
    }

    /** As the node writes {@code chains.json}: keys in creation order, which its hash depends on. */
    @Override
    public byte[] fileJson(Block block) {
        return CanonicalJson.bytesInGivenOrder(inCreationOrder(block.toJson()));
    }
}
