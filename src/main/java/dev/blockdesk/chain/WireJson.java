package dev.blockdesk.chain;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads JSON the way Python's {@code json.loads} does: any whitespace, {@code NaN} and the
 * infinities as bare words, integers of any size kept exact, floats to the nearest double, the
 * last of duplicate keys wins, nothing after the value. Limits keep hostile input harmless.
 */
public final class WireJson {

    /** Nesting deeper than this is refused (Python's own limit is about 1,000 levels of recursion). */
    public static final int MAX_DEPTH = 500;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxNumberLength(1000)
                            .maxStringLength(20_000_000)
                            .build())
                    .build())
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .nodeFactory(JsonNodeFactory.instance)
            .build();

    /** What is wrong with input that holds no JSON value at all. */
    static final ChainText EMPTY_INPUT = ChainText.of("chain.json.empty");

    /** Reads one value inside a larger document, where more tokens follow by design. */
    private static final ObjectReader VALUE_READER =
            MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private WireJson() {}

    public static JsonNode parse(String text) {
        try {
            return nonNull(MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            throw new MalformedJsonException(describe(e), e);
        }
    }

    public static JsonNode parse(byte[] utf8) {
        try {
            return nonNull(MAPPER.readTree(utf8));
        } catch (IOException e) {
            throw new MalformedJsonException(describe(e), e);
        }
    }

    public static JsonNode parse(InputStream in) throws IOException {
        try {
            return nonNull(MAPPER.readTree(in));
        } catch (JsonProcessingException e) {
            throw new MalformedJsonException(describe(e), e);
        }
    }

    /** A streaming parser with the same rules, for documents too large to hold as one tree. */
    public static JsonParser parser(InputStream in) throws IOException {
        return MAPPER.createParser(in);
    }

    /** Reads the value at the parser's current token as a tree. */
    public static JsonNode readTree(JsonParser parser) throws IOException {
        try {
            return VALUE_READER.readTree(parser);
        } catch (JsonProcessingException e) {
            throw new MalformedJsonException(describe(e), e);
        }
    }

    /** The same one-line description {@link #parse} gives, for a streaming parser's error. */
    public static MalformedJsonException malformed(JsonProcessingException e) {
        return new MalformedJsonException(describe(e), e);
    }

    private static JsonNode nonNull(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            throw new MalformedJsonException(EMPTY_INPUT, null);
        }
        return node;
    }

    /** Where and why, in one line; the parser's own words (Jackson's, in English) are said as they are. */
    private static ChainText describe(IOException e) {
        String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
            return ChainText.of(
                    "chain.json.malformedAt",
                    jpe.getLocation().getLineNr(),
                    jpe.getLocation().getColumnNr(),
                    firstLine(message));
        }
        return ChainText.of("chain.json.malformed", firstLine(message));
    }

    private static ChainText firstLine(String message) {
        if (message == null) {
            return ChainText.of("chain.json.unreadable");
        }
        int nl = message.indexOf('\n');
        return ChainText.verbatim(nl < 0 ? message : message.substring(0, nl));
    }
}
