package dev.blockdesk.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One transaction as it stands in a block: {@code sender}, {@code recipient}, {@code amount} and any
 * fields a peer added, kept exactly. Transactions from peers may hold any JSON; new ones are checked
 * by {@link TransactionRules}. Immutable: the JSON is never handed out for writing.
 */
public final class Transaction {

    /** The sender of mining rewards. */
    public static final String REWARD_SENDER = "0";

    /** The name of the identity field Blockdesk adds to the transactions it accepts. */
    public static final String ID = "id";

    private final ObjectNode json;
    /** Computed on first use; a racy single write of an immutable String is safe, as in String.hashCode. */
    private String canonical;

    private Transaction(ObjectNode json) {
        this.json = json;
    }

    /** Wraps a transaction object taken from a block; the caller gives up the node. */
    static Transaction wrap(ObjectNode json) {
        return new Transaction(json);
    }

    /** Any transaction object, for example one a peer sent; copied, so later changes to the node do not leak in. */
    public static Transaction fromJson(ObjectNode json) {
        return new Transaction(json.deepCopy());
    }

    /** A transaction in the Python node's shape, without an id: rewards, and tests of the wire format. */
    public static Transaction of(String sender, String recipient, JsonNode amount) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("sender", sender);
        json.put("recipient", recipient);
        json.set("amount", amount.deepCopy());
        return new Transaction(json);
    }

    /**
     * A transaction with our identity field {@code id}: 32 lowercase hex characters that make a
     * transaction forwarded between nodes recognisable as the same one. See {@link TransactionMatcher}.
     */
    public static Transaction withId(String sender, String recipient, JsonNode amount, String id) {
        Transaction plain = of(sender, recipient, amount);
        plain.json.put(ID, id);
        return new Transaction(plain.json);
    }

    /** Our identity field, or null when the transaction has none (one made by a Python node, or a reward). */
    public String id() {
        JsonNode id = json.get(ID);
        return id != null && id.isTextual() ? id.textValue() : null;
    }

    public static Transaction reward(String recipient, JsonNode amount) {
        return of(REWARD_SENDER, recipient, amount);
    }

    /** The sender as text: the string itself, or the JSON of a value that is not a string, or null if absent. */
    public String sender() {
        return text("sender");
    }

    public String recipient() {
        return text("recipient");
    }

    /** The amount as canonical JSON ({@code 5}, {@code 5.0}, {@code "5"}), or null if absent. */
    public String amountText() {
        JsonNode amount = json.get("amount");
        return amount == null ? null : CanonicalJson.write(amount);
    }

    /** The amount as an exact decimal when it is a finite JSON number; floats count as Python prints them. */
    public Optional<BigDecimal> numericAmount() {
        return decimal(json.get("amount"));
    }

    static Optional<BigDecimal> decimal(JsonNode amount) {
        if (amount == null || !amount.isNumber()) {
            return Optional.empty();
        }
        if (amount.isIntegralNumber()) {
            return Optional.of(new BigDecimal(amount.bigIntegerValue()));
        }
        double d = amount.doubleValue();
        return Double.isFinite(d) ? Optional.of(new BigDecimal(PythonFloat.repr(d))) : Optional.empty();
    }

    /** A copy of the amount node, for rules that need its JSON type. */
    public JsonNode amount() {
        JsonNode amount = json.get("amount");
        return amount == null ? null : amount.deepCopy();
    }

    public boolean isReward() {
        JsonNode sender = json.get("sender");
        return sender != null && sender.isTextual() && REWARD_SENDER.equals(sender.textValue());
    }

    /** A field of the transaction as a copy, null when absent. */
    public JsonNode field(String name) {
        JsonNode value = json.get(name);
        return value == null ? null : value.deepCopy();
    }

    public ObjectNode toJson() {
        return json.deepCopy();
    }

    public String canonicalJson() {
        String text = canonical;
        if (text == null) {
            text = CanonicalJson.write(json);
            canonical = text;
        }
        return text;
    }

    ObjectNode node() {
        return json;
    }

    private String text(String field) {
        JsonNode value = json.get(field);
        if (value == null) {
            return null;
        }
        return value.isTextual() ? value.textValue() : CanonicalJson.write(value);
    }

    /** Two transactions are equal when their canonical JSON is. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Transaction other && canonicalJson().equals(other.canonicalJson());
    }

    @Override
    public int hashCode() {
        return canonicalJson().hashCode();
    }

    @Override
    public String toString() {
        return canonicalJson();
    }
}
