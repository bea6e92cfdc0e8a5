package dev.blockdesk.chain;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * What a chain needs to know of a block without holding its JSON: the fields links, proofs and the
 * blocks table read, the number of transactions and their ids. Read from a stored block's canonical
 * JSON by one streaming pass, which builds no tree: how a long stored chain is loaded.
 *
 * @param transactionIds the ids of the transactions that have a string {@code id}, in order
 */
public record BlockHeader(long index, double timestamp, BigInteger proof, String previousHash, boolean previousHashIsText,
                          int canonicalLength, int transactionCount, String[] transactionIds) {

    private static final String[] NONE = {};

    /**
     * The header of a block stored as {@code canonical}, or null when the bytes are not a block
     * of the protocol's shape (a field missing or of the wrong JSON type, or not JSON at all):
     * the caller then reads the block the thorough way, which says what is wrong.
     */
    public static BlockHeader read(byte[] canonical) {
        try (JsonParser parser = WireJson.parser(new ByteArrayInputStream(canonical))) {
            return read(parser, canonical.length);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static BlockHeader read(JsonParser parser, int length) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        BigInteger index = null;
        BigInteger proof = null;
        Double timestamp = null;
        String previous = null;
        boolean previousIsText = false;
        int count = -1;
        List<String> ids = null;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "index" -> index = value == JsonToken.VALUE_NUMBER_INT ? parser.getBigIntegerValue() : null;
                case "proof" -> proof = value == JsonToken.VALUE_NUMBER_INT ? parser.getBigIntegerValue() : null;
                case "timestamp" -> timestamp = value.isNumeric() && Double.isFinite(parser.getDoubleValue()) ? parser.getDoubleValue() : null;
                case "previous_hash" -> {
                    previousIsText = value == JsonToken.VALUE_STRING;
                    previous = previousIsText ? parser.getText()
                            : value == JsonToken.VALUE_NUMBER_INT ? parser.getBigIntegerValue().toString() : null;
                }
                case "transactions" -> {
                    if (value != JsonToken.START_ARRAY) {
                        return null;
                    }
                    count = 0;
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        count++;
                        String id = transactionId(parser);
                        if (id != null) {
                            ids = ids == null ? new ArrayList<>(2) : ids;
                            ids.add(id);
                        }
                    }
                    if (parser.currentToken() != JsonToken.END_ARRAY) {
                        return null; // a transaction that is not an object
                    }
                }
                default -> parser.skipChildren();
            }
        }
        if (token != JsonToken.END_OBJECT || parser.nextToken() != null || index == null || index.bitLength() > 63
                || proof == null || timestamp == null || previous == null || count < 0) {
            return null;
        }
        return new BlockHeader(index.longValue(), timestamp, proof, previous, previousIsText, length, count,
                ids == null ? NONE : ids.toArray(NONE));
    }

    /** Reads one transaction object to its end; its {@code id} when that is a string, as {@link Transaction#id} reads it. */
    private static String transactionId(JsonParser parser) throws IOException {
        String id = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (Transaction.ID.equals(name)) {
                id = value == JsonToken.VALUE_STRING ? parser.getText() : null;
            }
            parser.skipChildren();
        }
        return id;
    }
}
