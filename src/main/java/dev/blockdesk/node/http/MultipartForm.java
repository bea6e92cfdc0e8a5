package dev.blockdesk.node.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The text fields of a {@code multipart/form-data} body (RFC 7578), as Postman's "form-data", {@code
 * curl -F} and browsers send a form. The body is already in memory and within the request limit, so
 * this only splits it at the boundary and reads each part's {@code Content-Disposition} name. Text is
 * UTF-8, as every one of those clients sends it. Files are refused rather than silently dropped: a
 * transaction is three text fields, and a file where one was meant is a mistake worth naming.
 *
 * <p>The JDK's HttpServer has no multipart support, and the well-kept parsers (Commons FileUpload,
 * Jetty's) come with servlet APIs or a server of their own; a form of three fields does not need them.
 */
final class MultipartForm {

    /** The body is not the multipart form its Content-Type says it is; the message says where. */
    static final class MalformedException extends Exception {
        MalformedException(String message) {
            super(message);
        }
    }

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] BLANK_LINE = {'\r', '\n', '\r', '\n'};
    private static final byte[] CLOSE = {'-', '-'};

    private MultipartForm() {}

    /**
     * The boundary named by a {@code multipart/form-data; boundary=...} Content-Type, quoted or not.
     *
     * @throws MalformedException when there is none, or it is not 1 to 70 characters of RFC 2046's set
     */
    static String boundary(String contentType) throws MalformedException {
        String boundary = parameters(contentType).get("boundary");
        if (boundary == null || boundary.isEmpty()) {
            throw new MalformedException("the Content-Type has no boundary, as in multipart/form-data; boundary=XYZ");
        }
        if (boundary.length() > 70 || !boundary.matches("[0-9A-Za-z'()+_,./:=? -]*[0-9A-Za-z'()+_,./:=?-]")) {
            throw new MalformedException(
                    "the boundary must be 1 to 70 letters, digits or '()+_,-./:=? and may not end in a space");
        }
        return boundary;
    }

    /**
     * The fields in the order they came; a name sent twice keeps its last value, as a URL-encoded
     * form does. A line is a boundary line only when {@code --boundary} is followed by {@code --}
     * or by optional spaces and CRLF, so text that merely starts like one stays part of a value.
     */
    static Map<String, String> parse(byte[] body, String boundary) throws MalformedException {
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        int at;
        if (isBoundaryLine(body, delimiter.length - CRLF.length)
                && startsWith(body, Arrays.copyOfRange(delimiter, CRLF.length, delimiter.length), 0)) {
            at = delimiter.length - CRLF.length;
        } else {
            int first = nextDelimiter(body, delimiter, 0);
            if (first < 0) {
                throw new MalformedException(
                        "the body has no line --" + boundary + " (ending in CRLF) to start its first part");
            }
            at = first + delimiter.length;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int part = 1; !startsWith(body, CLOSE, at); part++) {
            while (body[at] == ' ' || body[at] == '\t') {
                at++;
            }
            int headersStart = at + CRLF.length;
            int headersEnd = indexOf(body, BLANK_LINE, at);
            int next = nextDelimiter(body, delimiter, headersStart);
            if (next < 0) {
                throw new MalformedException("the body ends before its closing line --" + boundary + "--");
            }
            if (headersEnd < 0 || headersEnd + BLANK_LINE.length > next) {
                throw new MalformedException("part " + part + " has no blank line between its headers and its value");
            }
            String headers =
                    utf8(body, headersStart, Math.max(headersStart, headersEnd), "the headers of part " + part);
            String name = fieldName(headers, part);
            fields.put(name, utf8(body, headersEnd + BLANK_LINE.length, next, "field \"" + name + "\""));
            at = next + delimiter.length;
        }
        return fields;
    }

    /** Where the next boundary line's CRLF-- starts, from {@code from} on, or -1. */
    private static int nextDelimiter(byte[] body, byte[] delimiter, int from) {
        for (int i = indexOf(body, delimiter, from); i >= 0; i = indexOf(body, delimiter, i + 1)) {
            if (isBoundaryLine(body, i + delimiter.length)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the text after a {@code --boundary} at {@code at} ends a boundary line: {@code --}, or spaces and CRLF. */
    private static boolean isBoundaryLine(byte[] body, int at) {
        if (startsWith(body, CLOSE, at)) {
            return true;
        }
        while (at < body.length && (body[at] == ' ' || body[at] == '\t')) {
            at++;
        }
        return startsWith(body, CRLF, at);
    }

    /** The part's field name, from its headers: a text field's {@code Content-Disposition: form-data; name="..."}. */
    private static String fieldName(String headers, int part) throws MalformedException {
        String disposition = null;
        String type = null;
        for (String line : headers.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                throw new MalformedException("part " + part + " has a header line that is not \"Name: value\"");
            }
            String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (header.equals("content-disposition")) {
                disposition = line.substring(colon + 1).strip();
            } else if (header.equals("content-type")) {
                type = line.substring(colon + 1).strip();
            }
        }
        if (disposition == null || !disposition.toLowerCase(Locale.ROOT).matches("form-data\\s*(;.*)?")) {
            throw new MalformedException(
                    "part " + part + " has no Content-Disposition: form-data; name=\"...\" header");
        }
        Map<String, String> parameters = parameters(disposition);
        String name = parameters.get("name");
        if (name == null || name.isEmpty()) {
            throw new MalformedException("part " + part + " has no field name in its Content-Disposition");
        }
        if (parameters.containsKey("filename") || parameters.containsKey("filename*")) {
            throw new MalformedException("field \"" + name + "\" is a file; send it as a text field");
        }
        String charset = type == null ? null : parameters(type).get("charset");
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("us-ascii")) {
            throw new MalformedException("field \"" + name + "\" is in " + charset + "; only UTF-8 text is read");
        }
        return name;
    }

    /**
     * The {@code ; name=value} parameters of a header such as Content-Type or Content-Disposition,
     * names in lower case. A quoted value may hold {@code ;} and the escapes {@code \"} and
     * {@code \\}, as Python's multipart readers take them. The first of a repeated name counts.
     */
    static Map<String, String> parameters(String header) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int n = header.length();
        int i = header.indexOf(';');
        if (i < 0) {
            return parameters;
        }
        while (i < n) {
            while (i < n && (header.charAt(i) == ';' || Character.isWhitespace(header.charAt(i)))) {
                i++;
            }
            int nameStart = i;
            while (i < n && header.charAt(i) != '=' && header.charAt(i) != ';') {
                i++;
            }
            String name = header.substring(nameStart, i).strip().toLowerCase(Locale.ROOT);
            String value = "";
            if (i < n && header.charAt(i) == '=') {
                i++;
                while (i < n && Character.isWhitespace(header.charAt(i))) {
                    i++;
                }
                if (i < n && header.charAt(i) == '"') {
                    StringBuilder quoted = new StringBuilder();
                    for (i++; i < n && header.charAt(i) != '"'; i++) {
                        if (header.charAt(i) == '\\'
                                && i + 1 < n
                                && (header.charAt(i + 1) == '"' || header.charAt(i + 1) == '\\')) {
                            i++;
                        }
                        quoted.append(header.charAt(i));
                    }
                    value = quoted.toString();
                    while (i < n && header.charAt(i) != ';') {
                        i++;
                    }
                } else {
                    int valueStart = i;
                    while (i < n && header.charAt(i) != ';') {
                        i++;
                    }
                    value = header.substring(valueStart, i).strip();
                }
            }
            if (!name.isEmpty()) {
                parameters.putIfAbsent(name, value);
            }
        }
        return parameters;
    }

    private static String utf8(byte[] body, int from, int to, String what) throws MalformedException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, from, to - from))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedException(what + " is not UTF-8 text");
        }
    }

    private static boolean startsWith(byte[] body, byte[] prefix, int at) {
        if (at < 0 || at + prefix.length > body.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] body, byte[] target, int from) {
        for (int i = Math.max(0, from); i + target.length <= body.length; i++) {
            if (body[i] == target[0] && startsWith(body, target, i)) {
                return i;
            }
        }
        return -1;
    }
}
