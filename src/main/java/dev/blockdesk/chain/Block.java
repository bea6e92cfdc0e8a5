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
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A block in the wire shape of the Python node, with any extra fields a peer put in it. Its
 * canonical JSON is the truth: the typed fields are a checked view of it, and the hash is what the
 * chain's {@link BlockHasher} makes of it when the block is built (for dvf, the SHA-256 of the
 * canonical JSON). Immutable in all a caller can see.
 *
 * <p>In memory a block is its header (index, timestamp, proof, links, hash, size, the count and
 * ids of its transactions) and its body: the canonical bytes while it is new, then, once the
 * store keeps them ({@link #keepBodyIn}), only a way to read them back. Its transactions are read
 * from the body when asked for. The JSON shape checks are {@link BlockShape}'s, the quick read of a
 * stored block's header {@link BlockHeader}'s. It is over 300 lines as one value with its factories
 * and the three states of its body, each a few lines.
 */
public final class Block {

    private static final String[] NO_IDS = {};
    private static final ChainText NOT_AN_OBJECT = ChainText.of("chain.block.object");

    private final long index;
    private final double timestamp;
    /** The proof, when it fits a long; else {@link #bigProof} holds it. */
    private final long proof;

    private final BigInteger bigProof;
    /** Not final only so that it can share the block before's hash string ({@link #shareLink}): always the same text. */
    private String previousHash;

    private final boolean previousHashIsText;
    private final String hash;
    private final int canonicalLength;
    private final int transactionCount;
    /** The ids of the transactions that have one, in order: what the id index needs without the body. */
    private final String[] transactionIds;
    /**
     * The body: its canonical bytes while this object holds them (a {@code byte[]}); a {@link Body},
     * with the transactions read, in a short-lived copy made to read them ({@link #withBody}); or the
     * {@link BlockBodies} it is read back from once the store keeps it ({@link #keepBodyIn}).
     * Always the same bytes.
     */
    private volatile Object body;

    /** What a block holds beyond its header: its canonical JSON and the transactions in it. */
    private record Body(byte[] canonical, List<Transaction> transactions) {}

    private Block(ObjectNode json, BlockHasher hasher) throws InvalidBlockException {
        this.index = BlockShape.integer(json, "index").longValueExact();
        this.timestamp = BlockShape.timestamp(json);
        BlockShape.checkTransactions(json);
        BigInteger big = BlockShape.integer(json, "proof");
        this.proof = big.bitLength() <= 63 ? big.longValue() : 0;
        this.bigProof = big.bitLength() <= 63 ? null : big;
        JsonNode previous = BlockShape.field(json, "previous_hash");
        if (!previous.isTextual() && !previous.isIntegralNumber()) {
            throw new InvalidBlockException(
                    ChainText.of("chain.block.previousHashType", CanonicalJson.write(previous)));
        }
        this.previousHashIsText = previous.isTextual();
        this.previousHash = previousHashIsText
                ? previous.textValue()
                : previous.bigIntegerValue().toString();
        byte[] canonical = CanonicalJson.bytes(json);
        this.hash = hasher.hash(json, canonical);
        this.canonicalLength = canonical.length;
        this.transactionCount = json.get("transactions").size();
        this.transactionIds = BlockShape.ids(json.get("transactions"), NO_IDS);
        this.body = canonical; // its transactions are read from these bytes when asked for: a long chain holds no
        // Transaction objects
    }

    /** A block known by its header alone, its body kept by {@code bodies}: see {@link BlockHeader}. */
    private Block(BlockHeader header, String hash, String previousHash, BlockBodies bodies) {
        this.index = header.index();
        this.timestamp = header.timestamp();
        this.proof = header.proof().bitLength() <= 63 ? header.proof().longValue() : 0;
        this.bigProof = header.proof().bitLength() <= 63 ? null : header.proof();
        this.previousHash = previousHash;
        this.previousHashIsText = header.previousHashIsText();
        this.hash = hash;
        this.canonicalLength = header.canonicalLength();
        this.transactionCount = header.transactionCount();
        this.transactionIds = header.transactionIds().length == 0 ? NO_IDS : header.transactionIds();
        this.body = bodies;
    }

    /** A copy of {@code compact} holding its body, read back as {@code canonical}: parsed when {@code parse}, else its bytes only. */
    private Block(Block compact, byte[] canonical, boolean parse) {
        this.index = compact.index;
        this.timestamp = compact.timestamp;
        this.proof = compact.proof;
        this.bigProof = compact.bigProof;
        this.previousHash = compact.previousHash;
        this.previousHashIsText = compact.previousHashIsText;
        this.hash = compact.hash;
        this.canonicalLength = compact.canonicalLength;
        this.transactionCount = compact.transactionCount;
        this.transactionIds = compact.transactionIds;
        this.body = parse ? parseBody(canonical) : canonical;
    }

    /**
     * A block from any JSON a peer or file may hold. Checks the shape of protocol.md's Blockdesk rule
     * (the five fields with the right JSON types), not its place in a chain.
     */
    public static Block fromJson(JsonNode node, BlockHasher hasher) throws InvalidBlockException {
        if (node == null || !node.isObject()) {
            throw new InvalidBlockException(NOT_AN_OBJECT);
        }
        return new Block(((ObjectNode) node).deepCopy(), hasher);
    }

    /** A block from its canonical JSON bytes, as storage keeps them. */
    public static Block fromCanonical(byte[] canonical, BlockHasher hasher) throws InvalidBlockException {
        try {
            return adopt(WireJson.parse(canonical), hasher);
        } catch (MalformedJsonException e) {
            throw new InvalidBlockException(ChainText.of("chain.block.storedUnreadable", e.text()));
        }
    }

    /** As {@link #fromJson}, for JSON nobody else holds: a tree just parsed by {@link ChainValidator}. */
    static Block adopt(JsonNode node, BlockHasher hasher) throws InvalidBlockException {
        if (node == null || !node.isObject()) {
            throw new InvalidBlockException(NOT_AN_OBJECT);
        }
        return new Block((ObjectNode) node, hasher);
    }

    /**
     * A block a store holds, known here by its header and {@code hash} (which the caller has
     * checked against the stored bytes); its body is read back from {@code bodies} when needed.
     */
    public static Block stored(BlockHeader header, String hash, BlockBodies bodies) {
        return new Block(header, hash, header.previousHash(), bodies);
    }

    /** As {@link #stored(BlockHeader, String, BlockBodies)}; a previous_hash that links to {@code previous} shares its hash's string. */
    public static Block stored(BlockHeader header, String hash, BlockBodies bodies, Block previous) {
        boolean links = previous != null && header.previousHashIsText() && previous.hash.equals(header.previousHash());
        return new Block(header, hash, links ? previous.hash : header.previousHash(), bodies);
    }

    /** A new block, as the Python node's {@code new_block} makes it. */
    public static Block create(
            long index,
            double timestamp,
            List<Transaction> transactions,
            long proof,
            String previousHash,
            BlockHasher hasher) {
        return create(index, timestamp, transactions, proof, TextNode.valueOf(previousHash), hasher);
    }

    /**
     * A new block whose previous_hash may be a JSON integer, as several tutorials' genesis blocks
     * have it ({@code new_block(previous_hash=1, proof=100)}); its JSON type is kept, since it is hashed.
     */
    public static Block create(
            long index,
            double timestamp,
            List<Transaction> transactions,
            long proof,
            JsonNode previousHash,
            BlockHasher hasher) {
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

    /** The transactions; for a block the store keeps, read back from it (see {@link #keepBodyIn}). */
    public List<Transaction> transactions() {
        return body().transactions();
    }

    /** How many transactions the block holds, known without reading its body. */
    public int transactionCount() {
        return transactionCount;
    }

    /** The ids of the transactions that have one, in block order, known without reading its body. */
    public List<String> transactionIds() {
        return Arrays.asList(transactionIds);
    }

    public BigInteger proof() {
        return bigProof != null ? bigProof : BigInteger.valueOf(proof);
    }

    /** The proof as the decimal the proof-of-work string uses. */
    public String proofText() {
        return bigProof != null ? bigProof.toString() : Long.toString(proof);
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
        return new String(canonical(), StandardCharsets.US_ASCII);
    }

    /** A copy of the canonical JSON bytes, as storage keeps them. */
    public byte[] canonicalBytes() {
        byte[] held = heldCanonical();
        return held != null ? held.clone() : canonical();
    }

    /** Writes the canonical JSON; a chain writes many at once with {@link BlockBodies#forEach}. */
    public void writeCanonical(OutputStream out) throws IOException {
        out.write(canonical());
    }

    public int canonicalLength() {
        return canonicalLength;
    }

    /**
     * The block's JSON, extra fields included, read back from its canonical form (which prints back
     * to the same bytes). The tree is not kept: a long chain holds its blocks as canonical bytes.
     */
    public ObjectNode toJson() {
        return (ObjectNode) WireJson.parse(canonical());
    }

    /**
     * From now on this block's body is read back from {@code bodies}, which holds it (the store, once
     * the block is written): a long chain then costs its headers, not its JSON. Nothing a caller can
     * see changes. Calling it again does nothing.
     */
    public void keepBodyIn(BlockBodies bodies) {
        body = Objects.requireNonNull(bodies);
    }

    /**
     * Once linked to {@code previous}, the previous_hash text is {@code previous}'s hash string
     * itself: equal text, one copy, 100 bytes less a block in a long chain. Nothing a caller can
     * see changes (a racing reader sees one equal string or the other).
     */
    void shareLink(Block previous) {
        if (previousHashIsText && previousHash != previous.hash && previousHash.equals(previous.hash)) {
            previousHash = previous.hash;
        }
    }

    /** True when this object holds its body; false when it is read back from the store each time. */
    public boolean holdsBody() {
        return !(body instanceof BlockBodies);
    }

    /**
     * This block with its transactions read from {@code canonical} (its bytes) and kept, as a
     * short-lived object: the same transaction objects each time it is asked, for a reader that
     * compares them ({@code this} when it keeps them already).
     */
    Block withBody(byte[] canonical) {
        return body instanceof Body ? this : new Block(this, canonical, true);
    }

    /** This block holding {@code canonical} (its bytes), as a short-lived object, nothing parsed: for writing it out. */
    Block withBytes(byte[] canonical) {
        return holdsBody() ? this : new Block(this, canonical, false);
    }

    /** The held canonical bytes, without a copy, or null: for {@link BlockBodies#forEach}. */
    byte[] heldCanonical() {
        Object current = body;
        return current instanceof Body held ? held.canonical() : current instanceof byte[] bytes ? bytes : null;
    }

    /** Where the body is read back from, or null while this object holds it. */
    BlockBodies bodies() {
        return body instanceof BlockBodies bodies ? bodies : null;
    }

    /** The canonical bytes, held or read back from the store; not to be changed. */
    private byte[] canonical() {
        byte[] held = heldCanonical();
        return held != null ? held : ((BlockBodies) body).canonical(index, hash);
    }

    private Body body() {
        Object current = body;
        if (current instanceof Body held) {
            return held;
        }
        return parseBody(current instanceof byte[] bytes ? bytes : ((BlockBodies) current).canonical(index, hash));
    }

    private static Body parseBody(byte[] canonical) {
        JsonNode json = WireJson.parse(canonical);
        List<int[]> spans = new ArrayList<>();
        byte[] again = CanonicalJson.bytes(json, "transactions", spans);
        return new Body(again, BlockShape.transactions(json.get("transactions"), again, spans));
    }

    /** The names of fields beyond the five of the protocol, in canonical order. */
    public List<String> extraFields() {
        List<String> extras = new ArrayList<>();
        toJson().fieldNames().forEachRemaining(name -> {
            if (!List.of("index", "timestamp", "transactions", "proof", "previous_hash")
                    .contains(name)) {
                extras.add(name);
            }
        });
        return extras;
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
