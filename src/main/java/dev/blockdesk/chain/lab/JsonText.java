package dev.blockdesk.chain.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.blockdesk.chain.CanonicalJson;
import dev.blockdesk.chain.MalformedJsonException;
import dev.blockdesk.chain.WireJson;

/**
 * A JSON value as the sandbox shows it in a text field, and what a typed text means, keeping JSON
 * types: {@code 5} is an integer, {@code 5.0} a float, {@code "5"} (quoted) a string, and any text
 * that is not JSON (such as {@code alice} or a hash) is a string as typed. A string is shown bare
 * unless that would read back as another value ({@code "600"}, {@code "true"}), so showing a value
 * and reading the text back gives the same value.
 */
public final class JsonText {

    private JsonText() {}

    /** What {@code text} means as a field's value: the JSON value it spells, or else the string itself. */
    public static JsonNode parse(String text) {
        try {
            return WireJson.parse(text);
        } catch (MalformedJsonException e) {
            return TextNode.valueOf(text); // not JSON: the learner typed a string, which is what it means
        }
    }

    /** {@code value} as a field shows it; the empty text for a missing value. */
    public static String show(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "";
        }
        if (value.isTextual() && parse(value.textValue()).equals(value)) {
            return value.textValue();
        }
        return CanonicalJson.write(value);
    }

    /** The JSON type of {@code value} in a word, as Python names it: {@code int}, {@code float}, {@code str}. */
    public static String typeName(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "missing";
        }
        if (value.isIntegralNumber()) {
            return "int";
        }
        if (value.isNumber()) {
            return "float";
        }
        if (value.isTextual()) {
            return "str";
        }
        if (value.isBoolean()) {
            return "bool";
        }
        if (value.isNull()) {
            return "None";
        }
        return value.isArray() ? "list" : "dict";
    }
}
