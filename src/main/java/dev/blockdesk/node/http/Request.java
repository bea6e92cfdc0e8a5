package dev.blockdesk.node.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.blockdesk.chain.MalformedJsonException;
import dev.blockdesk.chain.WireJson;
import dev.blockdesk.node.Sizes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One request's body, read within limits: at most {@link #MAX_BODY_BYTES}, JSON, a URL-encoded
 * form or a multipart form, each refused with a 4xx and the reason when it is not what it claims
 * to be.
 */
final class Request {

    static final int MAX_BODY_BYTES = 1 << 20;
    private static final long MAX_DRAINED_BYTES = 32L << 20;

    private final HttpExchange exchange;

    Request(HttpExchange exchange) {
        this.exchange = exchange;
    }

    /** The media types {@link #json()} reads; none at all is read as JSON too. */
    static final String JSON_TYPES = "application/json";
    /** The media types {@link #jsonOrForm()} reads. */
    static final String FORM_TYPES = "application/json, application/x-www-form-urlencoded or multipart/form-data";

    /** The body as a JSON object: sent as {@code application/json} (or {@code +json}), or as curl -d labels it, a form. */
    JsonNode json() throws ApiError, IOException {
        String type = mediaType();
        if (!(type.isEmpty() || isJson(type) || type.equals("application/x-www-form-urlencoded"))) {
            throw unsupported(type, JSON_TYPES);
        }
        return parseJson(body());
    }

    /**
     * The body as a JSON object, or a form post (URL-encoded or multipart) turned into one: each
     * field a string, the amount a number when it reads as one.
     */
    JsonNode jsonOrForm() throws ApiError, IOException {
        String media = mediaType();
        boolean multipart = media.equals("multipart/form-data");
        if (!(media.isEmpty() || isJson(media) || multipart || media.equals("application/x-www-form-urlencoded"))) {
            throw unsupported(media, FORM_TYPES);
        }
        byte[] raw = body();
        if (multipart) {
            return fieldsToJson(multipart(raw, exchange.getRequestHeaders().getFirst("Content-Type")));
        }
        return isForm(raw) ? fieldsToJson(urlEncoded(raw)) : parseJson(raw);
    }

    /** The Content-Type without its parameters, in lower case; empty when there is none. */
    private String mediaType() {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(String media) {
        return media.equals("application/json") || media.startsWith("application/") && media.endsWith("+json");
    }

    private ApiError unsupported(String media, String accepted) {
        return new ApiError(
                415,
                "Content-Type " + media + " is not read here; send " + accepted + " (" + exchange.getRequestMethod()
                        + " " + exchange.getRequestURI().getRawPath() + ")");
    }

    private byte[] body() throws ApiError, IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        long declared = -1;
        if (length != null) {
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                throw new ApiError(400, "Content-Length is not a number");
            }
        }
        InputStream in = exchange.getRequestBody();
        if (declared > MAX_BODY_BYTES) {
            drain(in, declared);
            throw tooLarge();
        }
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            drain(in, MAX_DRAINED_BYTES);
            throw tooLarge();
        }
        return body;
    }

    /**
     * Reads and drops the rest of a refused body, up to a bound, so the client, still sending,
     * gets our 413 rather than a reset connection. Past the bound the connection is simply closed.
     */
    private static void drain(InputStream in, long declared) throws IOException {
        if (declared <= MAX_DRAINED_BYTES) {
            long left = declared;
            byte[] sink = new byte[1 << 16];
            int n;
            while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
                left -= n;
            }
        }
    }

    private static ApiError tooLarge() {
        return new ApiError(413, "the request body is larger than " + Sizes.describe(MAX_BODY_BYTES));
    }

    private static JsonNode parseJson(byte[] body) throws ApiError {
        if (body.length == 0) {
            throw new ApiError(400, "Missing values: the request has no body; send JSON");
        }
        try {
            JsonNode json = WireJson.parse(body);
            if (!json.isObject()) {
                throw new ApiError(400, "the request body must be a JSON object");
            }
            return json;
        } catch (MalformedJsonException e) {
            throw new ApiError(400, "the request body is not JSON: " + e.getMessage());
        }
    }

    /** A form post, unless the body is plainly JSON: {@code curl -d '{...}'} labels JSON as a form. */
    private boolean isForm(byte[] body) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return false;
        }
        String start = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).stripLeading();
        return !start.startsWith("{");
    }

    private static Map<String, String> urlEncoded(byte[] raw) throws ApiError {
        Map<String, String> fields = new LinkedHashMap<>();
        UrlEncoded.pairs(new String(raw, StandardCharsets.UTF_8), "form")
                .forEach(pair -> fields.put(pair.getKey(), pair.getValue()));
        return fields;
    }

    private static Map<String, String> multipart(byte[] raw, String contentType) throws ApiError {
        try {
            return MultipartForm.parse(raw, MultipartForm.boundary(contentType));
        } catch (MultipartForm.MalformedException e) {
            throw new ApiError(400, "the multipart form is malformed: " + e.getMessage());
        }
    }

    private static JsonNode fieldsToJson(Map<String, String> fields) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        fields.forEach((key, value) ->
                json.set(key, key.equals("amount") ? number(value) : JsonNodeFactory.instance.textNode(value)));
        return json;
    }

    private static JsonNode number(String text) {
        try {
            JsonNode parsed = WireJson.parse(text.strip());
            return parsed.isNumber() ? parsed : JsonNodeFactory.instance.textNode(text);
        } catch (MalformedJsonException e) {
            return JsonNodeFactory.instance.textNode(text);
        }
    }
}
