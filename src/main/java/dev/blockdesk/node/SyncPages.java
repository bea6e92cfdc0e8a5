package dev.blockdesk.node;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.blockdesk.chain.ChainExtension;
import dev.blockdesk.chain.MalformedJsonException;
import dev.blockdesk.chain.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a peer's answers to the sync API's pages ({@link SyncApi}) for {@link SyncFetch}: a page
 * that is not what was asked is refused as malformed, and a page of blocks is validated block by
 * block as it is parsed.
 */
final class SyncPages {

    private SyncPages() {}

    /** {@code {"from": from, "hashes": [...]}} with 1 to {@code most} hashes, none below the first block. */
    static List<String> hashes(InputStream in, long from, int most) throws IOException {
        JsonNode json = WireJson.parse(in);
        JsonNode hashes = json.path("hashes");
        if (!json.path("from").isIntegralNumber() || json.path("from").longValue() != from) {
            throw new MalformedJsonException("not the page of hashes asked: \"from\" should be " + from, null);
        }
        if (!hashes.isArray() || hashes.isEmpty() || hashes.size() > most) {
            throw new MalformedJsonException(
                    "not the page of hashes asked: \"hashes\" should be an array of 1 to " + most + " hashes", null);
        }
        List<String> list = new ArrayList<>(hashes.size());
        for (JsonNode hash : hashes) {
            if (!hash.isTextual()) {
                throw new MalformedJsonException("not the page of hashes asked: a hash is not a string", null);
            }
            list.add(hash.textValue());
        }
        return list;
    }

    /**
     * Reads {@code {"blocks": [...], "from": from}}, handing each block to {@code extension} as it is
     * parsed and stopping at the first it refuses; more than {@code most} blocks is refused.
     *
     * @return how many blocks were taken
     */
    static int blocks(InputStream in, long from, int most, ChainExtension extension) throws IOException {
        int taken = 0;
        boolean sawFrom = false;
        try (JsonParser parser = WireJson.parser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedJsonException("not a page of blocks: expected a JSON object", null);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("blocks") && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        if (taken == most) {
                            throw new MalformedJsonException(
                                    "not the page of blocks asked: more than the " + most + " blocks asked", null);
                        }
                        extension.add(WireJson.readTree(parser));
                        if (extension.failed()) {
                            return taken;
                        }
                        taken++;
                    }
                } else if (field.equals("from")) {
                    if (!parser.isExpectedNumberIntToken() || parser.getLongValue() != from) {
                        throw new MalformedJsonException(
                                "not the page of blocks asked: \"from\" should be " + from, null);
                    }
                    sawFrom = true;
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw WireJson.malformed(e);
        }
        if (!sawFrom) {
            throw new MalformedJsonException("not a page of blocks: no \"from\"", null);
        }
        return taken;
    }
}
