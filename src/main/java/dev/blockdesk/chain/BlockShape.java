package dev.blockdesk.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The protocol's block shape, checked on a block's JSON tree as {@link Block} is built: the five
 * fields with the right JSON types, and what the transactions array yields (their ids, and each
 * transaction with its slice of the block's canonical JSON).
 */
final class BlockShape {

    private BlockShape() {}

    /** The string ids of {@code transactions} (a JSON array of objects), in order, as {@link Transaction#id} reads them. */
    static String[] ids(JsonNode transactions, String[] none) {
        List<String> ids = null;
        for (JsonNode tx : transactions) {
            JsonNode id = tx.get(Transaction.ID);
            if (id != null && id.isTextual()) {
                ids = ids == null ? new ArrayList<>(2) : ids;
                ids.add(id.textValue());
            }
        }
        return ids == null ? none : ids.toArray(none);
    }

    static JsonNode field(ObjectNode json, String name) throws InvalidBlockException {
        JsonNode value = json.get(name);
        if (value == null) {
            throw new InvalidBlockException(ChainText.of("chain.block.missingField", name));
        }
        return value;
    }

    static BigInteger integer(ObjectNode json, String name) throws InvalidBlockException {
        JsonNode value = field(json, name);
        if (!value.isIntegralNumber()) {
            throw new InvalidBlockException(ChainText.of("chain.block.integer", name, CanonicalJson.write(value)));
        }
        BigInteger big = value.bigIntegerValue();
        if ("index".equals(name) && big.bitLength() > 63) {
            throw new InvalidBlockException(ChainText.of("chain.block.indexRange", big));
        }
        return big;
    }

    static double timestamp(ObjectNode json) throws InvalidBlockException {
        JsonNode value = field(json, "timestamp");
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw new InvalidBlockException(ChainText.of("chain.block.timestamp", CanonicalJson.write(value)));
        }
        return value.doubleValue();
    }

    static void checkTransactions(ObjectNode json) throws InvalidBlockException {
        JsonNode value = field(json, "transactions");
        if (!value.isArray()) {
            throw new InvalidBlockException(ChainText.of("chain.block.transactionsArray"));
        }
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isObject()) {
                throw new InvalidBlockException(ChainText.of("chain.block.transactionObject", i + 1));
            }
        }
    }

    /** The transactions, each keeping its own slice of the block's canonical JSON. */
    static List<Transaction> transactions(JsonNode array, byte[] canonical, List<int[]> spans) {
        List<Transaction> list = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            int[] span = spans.get(i);
            String text = new String(canonical, span[0], span[1] - span[0], StandardCharsets.ISO_8859_1);
            list.add(Transaction.inBlock((ObjectNode) array.get(i), text));
        }
        return Collections.unmodifiableList(list);
    }
}
