package dev.blockdesk.chain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a new transaction must be before we accept it, where the Python node accepts anything:
 * sender and recipient non-empty strings of at most 256 characters, the amount a finite positive
 * JSON number no larger than 1e15 (kept as the JSON type it came in: 5 stays 5, 5.0 stays 5.0),
 * and sender "0" reserved for mining rewards.
 */
public final class TransactionRules {

    public static final int MAX_ADDRESS_LENGTH = 256;
    public static final double MAX_AMOUNT = 1e15;
    private static final Pattern ID_PATTERN = Pattern.compile("[0-9a-f]{32}");

    private TransactionRules() {
    }

    /**
     * A transaction from a submitted body ({@code {"sender", "recipient", "amount"}}, and {@code "id"}
     * when another Blockdesk node forwards it), or the reason it is refused. A body without an id
     * gets a new random one. Other fields are dropped, as the Python node drops them.
     */
    public static Transaction validateNew(JsonNode body) throws InvalidTransactionException {
        if (body == null || !body.isObject()) {
            throw new InvalidTransactionException("a transaction must be a JSON object with sender, recipient and amount");
        }
        String sender = address(body, "sender");
        String recipient = address(body, "recipient");
        JsonNode amount = checkAmount(required(body, "amount"));
        if (Transaction.REWARD_SENDER.equals(sender)) {
            throw new InvalidTransactionException("sender \"0\" is reserved for mining rewards");
        }
        return Transaction.withId(sender, recipient, amount, id(body));
    }

    /** A new random transaction id: a UUID4 as 32 lowercase hex characters, like a node id. */
    public static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static String id(JsonNode body) throws InvalidTransactionException {
        JsonNode id = body.get(Transaction.ID);
        if (id == null || id.isNull()) {
            return newId();
        }
        if (!id.isTextual() || !ID_PATTERN.matcher(id.textValue()).matches()) {
            throw new InvalidTransactionException("id must be 32 lowercase hex characters, found " + CanonicalJson.write(id));
        }
        return id.textValue();
    }

    /** The amount if it is acceptable for a new transaction or a mining reward. */
    public static JsonNode checkAmount(JsonNode amount) throws InvalidTransactionException {
        if (amount == null || !amount.isNumber()) {
            throw new InvalidTransactionException("amount must be a number, found "
                    + (amount == null ? "nothing" : CanonicalJson.write(amount)));
        }
        double value = amount.doubleValue();
        if (!Double.isFinite(value)) {
            throw new InvalidTransactionException("amount must be a finite number, found " + CanonicalJson.write(amount));
        }
        if (!(value > 0)) {
            throw new InvalidTransactionException("amount must be positive, found " + CanonicalJson.write(amount));
        }
        if (amount.isIntegralNumber() ? amount.bigIntegerValue().bitLength() > 50 || value > MAX_AMOUNT
                : value > MAX_AMOUNT) {
            throw new InvalidTransactionException("amount must be at most 1e15, found " + CanonicalJson.write(amount));
        }
        return amount;
    }

    /** Parses an amount typed by a person or given on the command line ({@code 5}, {@code 2.5}). */
    public static JsonNode parseAmount(String text) throws InvalidTransactionException {
        if (text == null || text.isBlank()) {
            throw new InvalidTransactionException("amount is required");
        }
        JsonNode node;
        try {
            node = WireJson.parse(text.strip());
        } catch (MalformedJsonException e) {
            throw new InvalidTransactionException("amount must be a number, found \"" + text.strip() + "\"");
        }
        return checkAmount(node);
    }

    /** The reason an address is not acceptable, or null when it is. */
    public static String addressProblem(String name, String value) {
        if (value == null || value.isEmpty()) {
            return name + " must not be empty";
        }
        if (value.codePointCount(0, value.length()) > MAX_ADDRESS_LENGTH) {
            return name + " must be at most " + MAX_ADDRESS_LENGTH + " characters";
        }
        return null;
    }

    private static String address(JsonNode body, String name) throws InvalidTransactionException {
        JsonNode value = required(body, name);
        if (!value.isTextual()) {
            throw new InvalidTransactionException(name + " must be a string, found " + CanonicalJson.write(value));
        }
        String problem = addressProblem(name, value.textValue());
        if (problem != null) {
            throw new InvalidTransactionException(problem);
        }
        return value.textValue();
    }

    private static JsonNode required(JsonNode body, String name) throws InvalidTransactionException {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            throw new InvalidTransactionException("missing value: " + name);
        }
        return value;
    }
}
