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

    private TransactionRules() {}

    /**
     * A transaction from a submitted body ({@code {"sender", "recipient", "amount"}}, and {@code "id"}
     * when another Blockdesk node forwards it), or the reason it is refused. A body without an id
     * gets a new random one. Other fields are dropped, as the Python node drops them.
     */
    public static Transaction validateNew(JsonNode body) throws InvalidTransactionException {
        if (body == null || !body.isObject()) {
            throw new InvalidTransactionException(ChainText.of("chain.transaction.object"));
        }
        String sender = address(body, "sender");
        String recipient = address(body, "recipient");
        JsonNode amount = checkAmount(required(body, "amount"));
        if (Transaction.REWARD_SENDER.equals(sender)) {
            throw new InvalidTransactionException(ChainText.of("chain.transaction.rewardSender"));
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
            throw new InvalidTransactionException(ChainText.of("chain.transaction.id", CanonicalJson.write(id)));
        }
        return id.textValue();
    }

    /** The amount if it is acceptable for a new transaction or a mining reward. */
    public static JsonNode checkAmount(JsonNode amount) throws InvalidTransactionException {
        if (amount == null || !amount.isNumber()) {
            throw new InvalidTransactionException(
                    amount == null
                            ? ChainText.of("chain.transaction.amountMissing")
                            : ChainText.of("chain.transaction.amountNumber", CanonicalJson.write(amount)));
        }
        double value = amount.doubleValue();
        if (!Double.isFinite(value)) {
            throw new InvalidTransactionException(
                    ChainText.of("chain.transaction.amountFinite", CanonicalJson.write(amount)));
        }
        if (!(value > 0)) {
            throw new InvalidTransactionException(
                    ChainText.of("chain.transaction.amountPositive", CanonicalJson.write(amount)));
        }
        if (amount.isIntegralNumber()
                ? amount.bigIntegerValue().bitLength() > 50 || value > MAX_AMOUNT
                : value > MAX_AMOUNT) {
            throw new InvalidTransactionException(
                    ChainText.of("chain.transaction.amountMax", CanonicalJson.write(amount)));
        }
        return amount;
    }

    /** Parses an amount typed by a person or given on the command line ({@code 5}, {@code 2.5}). */
    public static JsonNode parseAmount(String text) throws InvalidTransactionException {
        if (text == null || text.isBlank()) {
            throw new InvalidTransactionException(ChainText.of("chain.transaction.amountRequired"));
        }
        JsonNode node;
        try {
            node = WireJson.parse(text.strip());
        } catch (MalformedJsonException e) {
            throw new InvalidTransactionException(
                    ChainText.of("chain.transaction.amountNumber", "\"" + text.strip() + "\""));
        }
        return checkAmount(node);
    }

    /** The reason an address is not acceptable, in English, or null when it is. */
    public static String addressProblem(String name, String value) {
        return ChainText.english(addressProblemText(name, value));
    }

    /** {@link #addressProblem} as a text the window can say in its language ({@link ChainText#in}), or null. */
    public static ChainText addressProblemText(String name, String value) {
        if (value == null || value.isEmpty()) {
            return ChainText.of("chain.transaction.addressEmpty", name);
        }
        if (value.codePointCount(0, value.length()) > MAX_ADDRESS_LENGTH) {
            return ChainText.of("chain.transaction.addressLength", name, MAX_ADDRESS_LENGTH);
        }
        return null;
    }

    private static String address(JsonNode body, String name) throws InvalidTransactionException {
        JsonNode value = required(body, name);
        if (!value.isTextual()) {
            throw new InvalidTransactionException(
                    ChainText.of("chain.transaction.addressType", name, CanonicalJson.write(value)));
        }
        ChainText problem = addressProblemText(name, value.textValue());
        if (problem != null) {
            throw new InvalidTransactionException(problem);
        }
        return value.textValue();
    }

    private static JsonNode required(JsonNode body, String name) throws InvalidTransactionException {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            throw new InvalidTransactionException(ChainText.of("chain.transaction.missing", name));
        }
        return value;
    }
}
