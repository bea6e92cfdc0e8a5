package dev.blockdesk.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A block in the wire shape of the Python node, with any extra fields a peer put in it. Its
 * canonical JSON is the truth: the typed fields are a checked view of it, and the hash is what the
 * chain's {@link BlockHasher} makes of it when the block is built (for dvf, the SHA-256 of the
 * canonical JSON). Immutable.
 */
public final class Block {

    private final long index;
    private final double timestamp;
    private final List<Transaction> transactions;
    private final BigInteger proof;
    private final String proofText;
    private final String previousHash;
    private final boolean previousHashIsText;
    private final byte[] canonical;
    private final String hash;

    private Block(ObjectNode json, BlockHasher hasher) throws InvalidBlockException {
        this.index = integer(json, "index").longValueExact();
        this.timestamp = timestamp(json);
        checkTransactions(json);
        this.proof = integer(json, "proof");
        this.proofText = json.get("proof").canConvertToLong() ? Long.toString(json.get("proof").longValue()) : proof.toString();
        JsonNode previous = field(json, "previous_hash");
        if (!previous.isTextual() && !previous.isIntegralNumber()) {
            throw new InvalidBlockException("previous_hash must be a string, found " + CanonicalJson.write(previous));
        }
        this.previousHashIsText = previous.isTextual();
        this.previousHash = previousHashIsText ? previous.textValue() : previous.bigIntegerValue().toString();
        List<int[]> spans = new ArrayList<>();
        this.canonical = CanonicalJson.bytes(json, "transactions", spans);
        this.hash = hasher.hash(json, canonical);
        this.transactions = transactions(json.get("transactions"), canonical, spans);
    }

    /**
     * A block from any JSON a peer or file may hold. Checks the shape of protocol.md's Blockdesk rule
     * (the five fields with the right JSON types), not its place in a chain.
     */
    public static Block fromJson(JsonNode node, BlockHasher hasher) throws InvalidBlockException {
        if (node == null || !node.isObject()) {
            throw new InvalidBlockException("must be a JSON object");
        }
        return new Block(((ObjectNode) node).deepCopy(), hasher);
    }

    /** A block from its canonical JSON bytes, as storage keeps them. */
    public static Block fromCanonical(byte[] canonical, BlockHasher hasher) throws InvalidBlockException {
        try {
            return adopt(WireJson.parse(canonical), hasher);
        } catch (MalformedJsonException e) {
            throw new InvalidBlockException("stored JSON is unreadable: " + e.getMessage());
        }
    }

    /** As {@link #fromJson}, for JSON nobody else holds: a tree just parsed by {@link ChainValidator}. */
    static Block adopt(JsonNode node, BlockHasher hasher) throws InvalidBlockException {
        if (node == null || !node.isObject()) {
            throw new InvalidBlockException("must be a JSON object");
        }
        return new Block((ObjectNode) node, hasher);
    }

    /** A new block, as the Python node's {@code new_block} makes it. */
    public static Block create(long index, double timestamp, List<Transaction> transactions, long proof,
                               String previousHash, BlockHasher hasher) {
        return create(index, timestamp, transactions, proof, TextNode.valueOf(previousHash), hasher);
    }

    /**
     * A new block whose previous_hash may be a JSON integer, as several tutorials' genesis blocks
     * have it ({@code new_block(previous_hash=1, proof=100)}); its JSON type is kept, since it is hashed.
     */
    public static Block create(long index, double timestamp, List<Transaction> transactions, long proof,
                               JsonNode previousHash, BlockHasher hasher) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("index", index);
        json.put("timestamp", timestamp);
        ArrayNode txs = json.putArray("transactions");
        transactions.forEach(tx -> txs.add(tx.toJson()));
        json.put("proof", proof);
        json.set("previous_hash", previousHash.deepCopy());
        try {
            return new Block(json, hasher);
        } catch (InvalidBlockException e) {
            throw new IllegalStateException("a block built from typed fields has the block shape", e);
        }
    }

    /** Seconds since the epoch with microseconds, as Python's {@code time()} gives them. */
    public static double now() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() + (now.getNano() / 1000) / 1e6;
    }

    public long index() {
        return index;
    }

    /** Seconds since the epoch, as Python's {@code time()}. */
    public double timestamp() {
        return timestamp;
    }

    public List<Transaction> transactions() {
        return transactions;
    }

    public BigInteger proof() {
        return proof;
    }

    /** The proof as the decimal the proof-of-work string uses. */
    public String proofText() {
        return proofText;
    }

    /** The previous_hash as text: the string itself, or the decimal of an integer one (a genesis block's {@code 1}). */
    public String previousHash() {
        return previousHash;
    }

    /** False when previous_hash is a JSON integer, which only a genesis block may have. */
    public boolean previousHashIsText() {
        return previousHashIsText;
    }

    /** The previous_hash as it stands in the block's JSON: {@code "1"} or {@code 1}, or a quoted hash. */
    public String previousHashJson() {
        return previousHashIsText ? CanonicalJson.write(TextNode.valueOf(previousHash)) : previousHash;
    }

    /** The block's hash, as its dialect's Python node computes it: for dvf, the lowercase hex SHA-256 of the canonical JSON. */
    public String hash() {
        return hash;
    }

    public String canonicalJson() {
        return new String(canonical, StandardCharsets.US_ASCII);
    }

    /** A copy of the canonical JSON bytes, as storage keeps them. */
    public byte[] canonicalBytes() {
        return canonical.clone();
    }

    /** Writes the canonical JSON without copying it; it is how {@code /chain} is served. */
    public void writeCanonical(OutputStream out) throws IOException {
        out.write(canonical);
    }

    public int canonicalLength() {
        return canonical.length;
    }

    /**
     * The block's JSON, extra fields included, read back from its canonical form (which prints back
     * to the same bytes). The tree is not kept: a long chain holds its blocks as canonical bytes.
     */
    public ObjectNode toJson() {
        return (ObjectNode) WireJson.parse(canonical);
    }

    /** The names of fields beyond the five of the protocol, in canonical order. */
    public List<String> extraFields() {
        List<String> extras = new ArrayList<>();
        toJson().fieldNames().forEachRemaining(name -> {
            if (!List.of("index", "timestamp", "transactions", "proof", "previous_hash").contains(name)) {
                extras.add(name);
            }
        });
        return extras;
    }

    private static JsonNode field(ObjectNode json, String name) throws InvalidBlockException {
        JsonNode value = json.get(name);
        if (value == null) {
            throw new InvalidBlockException("missing field \"" + name + "\"");
        }
        return value;
    }

    private static BigInteger integer(ObjectNode json, String name) throws InvalidBlockException {
        JsonNode value = field(json, name);
        if (!value.isIntegralNumber()) {
            throw new InvalidBlockException(name + " must be an integer, found " + CanonicalJson.write(value));
        }
        BigInteger big = value.bigIntegerValue();
        if ("index".equals(name) && big.bitLength() > 63) {
            throw new InvalidBlockException("index " + big + " is out of range");
        }
        return big;
    }

    private static double timestamp(ObjectNode json) throws InvalidBlockException {
        JsonNode value = field(json, "timestamp");
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw new InvalidBlockException("timestamp must be a finite number, found " + CanonicalJson.write(value));
        }
        return value.doubleValue();
    }

    private static void checkTransactions(ObjectNode json) throws InvalidBlockException {
        JsonNode value = field(json, "transactions");
        if (!value.isArray()) {
            throw new InvalidBlockException("transactions must be an array");
        }
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isObject()) {
                throw new InvalidBlockException("transaction " + (i + 1) + " must be a JSON object");
            }
        }
    }

    /** The transactions, each keeping its own slice of the block's canonical JSON. */
    private static List<Transaction> transactions(JsonNode array, byte[] canonical, List<int[]> spans) {
        List<Transaction> list = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            int[] span = spans.get(i);
            String text = new String(canonical, span[0], span[1] - span[0], StandardCharsets.ISO_8859_1);
            list.add(Transaction.inBlock((ObjectNode) array.get(i), text));
        }
        return Collections.unmodifiableList(list);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Block other && hash.equals(other.hash);
    }

    @Override
    public int hashCode() {
        return hash.hashCode();
    }

    @Override
    public String toString() {
        return "block " + index + " " + hash;
    }
}
