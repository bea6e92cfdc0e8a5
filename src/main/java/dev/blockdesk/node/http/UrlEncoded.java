package dev.blockdesk.node.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code name=value&name=value}, as a form body or a query carries it: decoded pairs, in order, empty pieces skipped. */
final class UrlEncoded {

    private UrlEncoded() {}

    /**
     * @param what what the text is, for the error: {@code "form"}, {@code "query"}
     * @throws ApiError 400 when a piece is not URL-encoded
     */
    static List<Map.Entry<String, String>> pairs(String text, String what) throws ApiError {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        try {
            for (String pair : text.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                pairs.add(Map.entry(
                        URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8)));
            }
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "the " + what + " is not URL-encoded: " + e.getMessage());
        }
        return pairs;
    }
}
