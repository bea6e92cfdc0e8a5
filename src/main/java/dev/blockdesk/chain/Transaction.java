package dev.blockdesk.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One transaction as it stands in a block: {@code sender}, {@code recipient}, {@code amount} and any
 * fields a peer added, kept exactly. Transactions from peers may hold any JSON; new ones are checked
 * by {@link TransactionRules}. Immutable and lean: it keeps its canonical JSON and the few fields
 * the node reads, not a JSON tree, since a long chain holds hundreds of thousands of them.
 */
public final class Transaction {

    /** The sender of mining rewards. */
    public static final String REWARD_SENDER = "0";

    /** The name of the identity field Blockdesk adds to the transactions it accepts. */
    public static final String ID = "id";

    private final String canonical;
    private final String sender;
    private final String recipient;
    private final String amountText;
    /**
     * The amount as a BigDecimal, {@link #NOT_A_NUMBER}, or null before first use: ledgers need it,
     * loading a chain does not. One field written once with an immutable value, so a race only
     * computes it twice.
     */
    private Object numericAmount;

    private static final Object NOT_A_NUMBER = new Object();
    private final String id;
    private final boolean reward;

    private Transaction(ObjectNode json, String canonical) {
        this.canonical = canonical;
        this.sender = text(json.get("sender"));
        this.recipient = text(json.get("recipient"));
        JsonNode amount = json.get("amount");
        this.amountText = amount == null ? null : CanonicalJson.write(amount);
        JsonNode idNode = json.get(ID);
        this.id = idNode != null && idNode.isTextual() ? idNode.textValue() : null;
        JsonNode senderNode = json.get("sender");
        this.reward = senderNode != null && senderNode.isTextual() && REWARD_SENDER.equals(senderNode.textValue());
    }

    /** A transaction from a block whose canonical JSON was just rendered; {@code canonical} is this object's part of it. */
    static Transaction inBlock(ObjectNode json, String canonical) {
        return new Transaction(json, canonical);
    }

    /** Any transaction object, for example one a peer sent. */
    public static Transaction fromJson(ObjectNode json) {
        return new Transaction(json, CanonicalJson.write(json));
    }

    /** A transaction in the Python node's shape, without an id: rewards, and tests of the wire format. */
    public static Transaction of(String sender, String recipient, JsonNode amount) {
        return fromJson(node(sender, recipient, amount));
    }

    /**
     * A transaction with our identity field {@code id}: 32 lowercase hex characters that make a
     * transaction forwarded between nodes recognisable as the same one. See {@link TransactionMatcher}.
     */
    public static Transaction withId(String sender, String recipient, JsonNode amount, String id) {
        ObjectNode json = node(sender, recipient, amount);
        json.put(ID, id);
        return fromJson(json);
    }

    public static Transaction reward(String recipient, JsonNode amount) {
        return of(REWARD_SENDER, recipient, amount);
    }

    private static ObjectNode node(String sender, String recipient, JsonNode amount) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("sender", sender);
        json.put("recipient", recipient);
        json.set("amount", amount.deepCopy());
        return json;
    }

    /** Our identity field, or null when the transaction has none (one made by a Python node, or a reward). */
    public String id() {
        return id;
    }

    /** The sender as text: the string itself, or the JSON of a value that is not a string, or null if absent. */
    public String sender() {
        return sender;
    }

    public String recipient() {
        return recipient;
    }

    /** The amount as canonical JSON ({@code 5}, {@code 5.0}, {@code "5"}), or null if absent. */
    public String amountText() {
        return amountText;
    }

    /** The amount as an exact decimal when it is a finite JSON number; floats count as Python prints them. */
    public Optional<BigDecimal> numericAmount() {
        Object known = numericAmount;
        if (known == null) {
            BigDecimal value = amountText == null ? null : decimal(amountText);
            known = value == null ? NOT_A_NUMBER : value;
            numericAmount = known;
        }
        return known instanceof BigDecimal value ? Optional.of(value) : Optional.empty();
    }

    /**
     * {@link #decimal(JsonNode)} of canonical JSON: an integer (the usual reward and amount) is read
     * directly, without a JSON parse, which a count of every account of a long chain would notice.
     */
    static BigDecimal decimal(String canonicalJson) {
        if (isPlainInteger(canonicalJson)) {
            return new BigDecimal(canonicalJson);
        }
        return decimal(WireJson.parse(canonicalJson));
    }

    private static boolean isPlainInteger(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start || text.length() > 40) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static BigDecimal decimal(JsonNode amount) {
        if (amount == null || !amount.isNumber()) {
            return null;
        }
        if (amount.isIntegralNumber()) {
            return new BigDecimal(amount.bigIntegerValue());
        }
        double d = amount.doubleValue();
        return Double.isFinite(d) ? new BigDecimal(PythonFloat.repr(d)) : null;
    }

    public boolean isReward() {
        return reward;
    }

    /** The transaction's JSON, read back from its canonical form. */
    public ObjectNode toJson() {
        return (ObjectNode) WireJson.parse(canonical);
    }

    public String canonicalJson() {
        return canonical;
    }

    private static String text(JsonNode value) {
        if (value == null) {
            return null;
        }
        return value.isTextual() ? value.textValue() : CanonicalJson.write(value);
    }

    /** Two transactions are equal when their canonical JSON is. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Transaction other && canonical.equals(other.canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    @Override
    public String toString() {
        return canonical;
    }
}
