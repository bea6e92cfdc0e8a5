package dev.blockdesk.chain;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

/**
 * Python's {@code json.dumps(value, sort_keys=True)}, byte for byte: {@code ", "} and {@code ": "}
 * separators, keys sorted by Unicode code point at every level, ASCII-only output with lowercase
 * {@code \\uXXXX} escapes, integers exact, floats as {@link PythonFloat#repr(double)}.
 *
 * <p>The output is pure ASCII, so it is written straight into bytes: what Python's {@code .encode()}
 * gives and what SHA-256 reads.
 */
public final class CanonicalJson {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final int KEPT_BUFFER = 1 << 20;
    private static final ThreadLocal<Ascii> BUFFER = ThreadLocal.withInitial(Ascii::new);

    private CanonicalJson() {}

    public static String write(JsonNode node) {
        Ascii out = render(node);
        return new String(out.bytes, 0, out.length, StandardCharsets.ISO_8859_1);
    }

    /** The canonical text as bytes; the text is pure ASCII, so this is what Python's {@code .encode()} gives. */
    public static byte[] bytes(JsonNode node) {
        Ascii out = render(node);
        return Arrays.copyOf(out.bytes, out.length);
    }

    /**
     * Python's {@code json.dumps(node)} without {@code sort_keys}: as canonical JSON, but each
     * object's keys in the order the node holds them. chain-study hashes blocks this way.
     */
    static byte[] bytesInGivenOrder(JsonNode node) {
        Ascii out = emptyBuffer();
        out.givenOrder = true;
        try {
            write(node, out);
        } finally {
            out.givenOrder = false;
        }
        return Arrays.copyOf(out.bytes, out.length);
    }

    /**
     * The canonical bytes of an object, noting where each element of its top-level array field
     * {@code field} starts and ends, so the parts can be kept without rendering them again.
     *
     * @param spans receives one {@code {start, end}} pair per element, in order
     */
    static byte[] bytes(JsonNode object, String field, java.util.List<int[]> spans) {
        Ascii out = emptyBuffer();
        out.spanField = field;
        out.spans = spans;
        try {
            write(object, out);
        } finally {
            out.spanField = null;
            out.spans = null;
        }
        return Arrays.copyOf(out.bytes, out.length);
    }

    private static Ascii render(JsonNode node) {
        Ascii out = emptyBuffer();
        write(node, out);
        return out;
    }

    /** This thread's buffer, emptied. */
    private static Ascii emptyBuffer() {
        Ascii out = BUFFER.get();
        if (out.bytes.length > KEPT_BUFFER) {
            out.bytes = new byte[4096]; // one huge value must not pin its buffer for the thread's life
        }
        out.length = 0;
        return out;
    }

    private static void write(JsonNode node, Ascii out) {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(node, out);
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',').append(' ');
                    }
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case STRING -> writeString(node.textValue(), out);
            case NUMBER -> {
                if (node.isIntegralNumber()) {
                    out.append(
                            node.canConvertToLong()
                                    ? Long.toString(node.longValue())
                                    : node.bigIntegerValue().toString());
                } else {
                    out.append(PythonFloat.repr(node.doubleValue()));
                }
            }
            case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    private static void writeArrayNotingSpans(JsonNode array, Ascii out) {
        java.util.List<int[]> spans = out.spans;
        out.spans = null; // only the top level is noted
        out.append('[');
        for (int i = 0; i < array.size(); i++) {
            if (i > 0) {
                out.append(',').append(' ');
            }
            int start = out.length;
            write(array.get(i), out);
            spans.add(new int[] {start, out.length});
        }
        out.append(']');
        out.spans = spans;
    }

    private static void writeObject(JsonNode node, Ascii out) {
        if (out.givenOrder) {
            writeObjectInGivenOrder(node, out);
            return;
        }
        int n = node.size();
        String[] keys = new String[n];
        JsonNode[] values = new JsonNode[n];
        int filled = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            // Insertion sort: objects on the wire have a handful of keys.
            int at = filled++;
            while (at > 0 && compareCodePoints(keys[at - 1], field.getKey()) > 0) {
                keys[at] = keys[at - 1];
                values[at] = values[at - 1];
                at--;
            }
            keys[at] = field.getKey();
            values[at] = field.getValue();
        }
        out.append('{');
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(',').append(' ');
            }
            writeString(keys[i], out);
            out.append(':').append(' ');
            if (out.spans != null && keys[i].equals(out.spanField) && values[i].isArray()) {
                writeArrayNotingSpans(values[i], out);
            } else {
                write(values[i], out);
            }
        }
        out.append('}');
    }

    private static void writeObjectInGivenOrder(JsonNode node, Ascii out) {
        out.append('{');
        boolean first = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!first) {
                out.append(',').append(' ');
            }
            first = false;
            writeString(field.getKey(), out);
            out.append(':').append(' ');
            write(field.getValue(), out);
        }
        out.append('}');
    }

    /** Python's {@code py_encode_basestring_ascii}. */
    private static void writeString(String s, Ascii out) {
        int n = s.length();
        out.ensureRoom(n * 6 + 2); // an escaped char takes at most six bytes
        byte[] b = out.bytes;
        int at = out.length;
        b[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                b[at++] = (byte) c;
                continue;
            }
            b[at++] = '\\';
            switch (c) {
                case '"' -> b[at++] = '"';
                case '\\' -> b[at++] = '\\';
                case '\n' -> b[at++] = 'n';
                case '\r' -> b[at++] = 'r';
                case '\t' -> b[at++] = 't';
                case '\b' -> b[at++] = 'b';
                case '\f' -> b[at++] = 'f';
                default -> {
                    b[at++] = 'u';
                    b[at++] = HEX[c >> 12];
                    b[at++] = HEX[(c >> 8) & 0xf];
                    b[at++] = HEX[(c >> 4) & 0xf];
                    b[at++] = HEX[c & 0xf];
                }
            }
        }
        b[at++] = '"';
        out.length = at;
    }

    static int compareCodePoints(String a, String b) {
        int common = Math.min(a.length(), b.length());
        for (int k = 0; k < common; k++) {
            char x = a.charAt(k);
            char y = b.charAt(k);
            if (x != y) {
                if (x < Character.MIN_SURROGATE && y < Character.MIN_SURROGATE) {
                    return x - y; // below the surrogates, UTF-16 units are code points
                }
                return compareFrom(a, b, k);
            }
        }
        return a.length() - b.length();
    }

    private static int compareFrom(String a, String b, int start) {
        // Step back onto the start of a surrogate pair the two strings share the first half of.
        int from = start > 0 && Character.isHighSurrogate(a.charAt(start - 1)) ? start - 1 : start;
        int i = from;
        int j = from;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /** A growable ASCII byte buffer, one per thread and reused, so rendering a block allocates only its result. */
    private static final class Ascii {
        byte[] bytes = new byte[4096];
        int length;
        String spanField;
        java.util.List<int[]> spans;
        boolean givenOrder;

        void ensureRoom(int n) {
            if (length + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
            }
        }

        Ascii append(char c) {
            if (length == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[length++] = (byte) c;
            return this;
        }

        Ascii append(String ascii) {
            int n = ascii.length();
            ensureRoom(n);
            for (int k = 0; k < n; k++) {
                bytes[length + k] = (byte) ascii.charAt(k);
            }
            length += n;
            return this;
        }
    }
}
