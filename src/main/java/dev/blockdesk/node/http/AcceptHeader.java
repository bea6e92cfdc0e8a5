package dev.blockdesk.node.http;

import com.sun.net.httpserver.HttpExchange;
import java.util.List;
import java.util.Locale;

/**
 * What a client said it wants back ({@code Accept}), enough to tell a browser from a JSON client:
 * a browser's form submit asks for {@code text/html} first and takes anything else at a lower
 * quality, while curl, Postman, Python's {@code requests} and Java's HttpClient send {@code *}{@code /*}
 * or nothing. Ties go to the route's usual answer, so a client that states no preference is
 * answered as before. A header that cannot be read counts as no preference; it is never an error.
 */
final class AcceptHeader {

    static final String HTML = "text/html";
    static final String JSON = "application/json";

    private final String header;

    AcceptHeader(String header) {
        this.header = header;
    }

    static AcceptHeader of(HttpExchange exchange) {
        List<String> values = exchange.getRequestHeaders().get("Accept");
        return new AcceptHeader(values == null || values.isEmpty() ? null : String.join(",", values));
    }

    /** True when HTML is asked for more than JSON: a browser. Ties (no header, {@code *}{@code /*}) are false. */
    boolean prefersHtml() {
        return quality(HTML) > quality(JSON);
    }

    /** True when JSON is asked for more than HTML, as {@code Accept: application/json} does. */
    boolean prefersJson() {
        return quality(JSON) > quality(HTML);
    }

    /**
     * How much {@code mediaType} ({@code type/subtype}) is wanted, from 0 to 1: the quality of the
     * most specific range that matches it ({@code text/html} over {@code text/*} over {@code *}{@code /*}),
     * 1 when there is no header, 0 when no range matches.
     */
    double quality(String mediaType) {
        if (header == null || header.isBlank()) {
            return 1;
        }
        String wanted = mediaType.toLowerCase(Locale.ROOT);
        String wantedType = wanted.substring(0, wanted.indexOf('/'));
        int bestSpecificity = -1;
        double best = 0;
        for (String entry : header.split(",")) {
            String[] parts = entry.split(";", -1);
            String range = parts[0].strip().toLowerCase(Locale.ROOT);
            int specificity;
            if (range.equals(wanted)) {
                specificity = 2;
            } else if (range.equals(wantedType + "/*")) {
                specificity = 1;
            } else if (range.equals("*/*") || range.equals("*")) {
                specificity = 0;
            } else {
                continue;
            }
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                best = qualityOf(parts);
            }
        }
        return best;
    }

    private static double qualityOf(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.length() > 2 && parameter.substring(0, 2).equalsIgnoreCase("q=")) {
                try {
                    double q = Double.parseDouble(parameter.substring(2).strip());
                    return Double.isNaN(q) ? 0 : Math.max(0, Math.min(1, q));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
