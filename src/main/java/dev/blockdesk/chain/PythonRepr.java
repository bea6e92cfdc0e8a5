package dev.blockdesk.chain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Python's {@code repr()} and {@code str()} of a value that came from JSON, as
 * {@code json.loads} builds it: dicts, lists, str, int, float, True, False and None. pyscoop's
 * block hash formats its transactions this way ({@code "{}".format(transactions)}), so this must
 * match CPython character for character: single quotes unless the string holds a single quote and
 * no double quote, {@code \\xNN}, {@code \\uNNNN} and {@code \\UNNNNNNNN} escapes for characters
 * that are not printable, and the float repr of {@link PythonFloat}.
 *
 * <p>"Printable" is Python's {@code str.isprintable()}: every character except those of the Unicode
 * categories Other (Cc, Cf, Cs, Co, Cn) and Separator (Zl, Zp, Zs), the ASCII space aside. Java's
 * character database may be a Unicode version behind the Python that made a hash; only characters
 * assigned in between can differ.
 */
public final class PythonRepr {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** The order of a dict's keys when it is printed. */
    public enum KeyOrder {
        /** Key-sorted by code point, as a dict rebuilt from Flask's sorted JSON holds them. */
        SORTED,
        /** As the node's own code creates a transaction: sender, recipient, amount, then any others sorted. */
        TRANSACTION,
        /** As the JSON holds them, at every level, as {@code json.loads} keeps them. */
        GIVEN
    }

    private PythonRepr() {}

    /** {@code repr(value)}; dicts at the top level in {@code order}, nested ones sorted. */
    public static String repr(JsonNode value, KeyOrder order) {
        StringBuilder out = new StringBuilder();
        write(value, order, out);
        return out.toString();
    }

    /** {@code str(value)}: a string is itself, anything else its repr. */
    public static String str(JsonNode value) {
        return value.isTextual() ? value.textValue() : repr(value, KeyOrder.SORTED);
    }

    /**
     * Writes {@code repr(value)}; {@code order} applies to the dicts directly in a list at the top
     * (a block's transactions). Nested dicts (an amount that is an object) are key-sorted: the
     * order a client sent them in is not kept on the wire, and a node that adopted the block holds
     * them sorted too.
     */
    static void write(JsonNode value, KeyOrder order, StringBuilder out) {
        switch (value.getNodeType()) {
            case OBJECT -> writeDict(value, order, out);
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < value.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    JsonNode item = value.get(i);
                    write(item, item.isObject() || order == KeyOrder.GIVEN ? order : KeyOrder.SORTED, out);
                }
                out.append(']');
            }
            case STRING -> string(value.textValue(), out);
            case NUMBER ->
                out.append(
                        value.isIntegralNumber() ? value.bigIntegerValue().toString() : floatRepr(value.doubleValue()));
            case BOOLEAN -> out.append(value.booleanValue() ? "True" : "False");
            case NULL -> out.append("None");
            default -> throw new IllegalArgumentException("not a JSON value: " + value.getNodeType());
        }
    }

    private static void writeDict(JsonNode dict, KeyOrder order, StringBuilder out) {
        List<String> keys = new ArrayList<>(dict.size());
        dict.fieldNames().forEachRemaining(keys::add);
        if (order != KeyOrder.GIVEN) {
            keys.sort(CanonicalJson::compareCodePoints);
        }
        if (order == KeyOrder.TRANSACTION) {
            List<String> created = new ArrayList<>();
            for (String known : List.of("sender", "recipient", "amount")) {
                if (keys.remove(known)) {
                    created.add(known);
                }
            }
            created.addAll(keys);
            keys = created;
        }
        out.append('{');
        for (Iterator<String> it = keys.iterator(); it.hasNext(); ) {
            String key = it.next();
            string(key, out);
            out.append(": ");
            JsonNode item = dict.get(key);
            write(item, order == KeyOrder.GIVEN ? KeyOrder.GIVEN : KeyOrder.SORTED, out);
            if (it.hasNext()) {
                out.append(", ");
            }
        }
        out.append('}');
    }

    /** {@code repr(float)}: {@link PythonFloat}'s, but Python's names for the values JSON has none for. */
    static String floatRepr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        return PythonFloat.repr(x);
    }

    /** CPython's {@code unicode_repr}. */
    static void string(String s, StringBuilder out) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        out.append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                hex(out, 'x', c, 2);
            } else if (c < 0x7f) {
                out.append((char) c);
            } else if (isPrintable(c)) {
                out.appendCodePoint(c);
            } else if (c <= 0xff) {
                hex(out, 'x', c, 2);
            } else if (c <= 0xffff) {
                hex(out, 'u', c, 4);
            } else {
                hex(out, 'U', c, 8);
            }
        }
        out.append(quote);
    }

    /** Python's {@code str.isprintable()} for one character. */
    static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> {
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    private static void hex(StringBuilder out, char kind, int c, int digits) {
        out.append('\\').append(kind);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.append(HEX[(c >> shift) & 0xf]);
        }
    }
}
