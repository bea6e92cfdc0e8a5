package dev.blockdesk.node;

import dev.blockdesk.chain.ChainText;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The web pages of other origins a node lets in ({@code --cors}, and the window's setting): each
 * named origin may read the read-only endpoints ({@code /chain}, {@code /chains},
 * {@code /transactions/pending}, {@code /transactions}, {@code /nodes}, the sync API), and one named
 * with {@code =write} may also change state (post transactions, mine, register peers...). {@code *}
 * lets every origin read, never write. By default there are none: a page of another origin can
 * neither read the node nor make it do anything.
 *
 * <p>Written as entries separated by spaces or commas: {@code https://explorer.example
 * http://localhost:3000=write}. An origin is {@code scheme://host[:port]}, as a browser sends it in
 * {@code Origin}: no path, the default port (80, 443) left out.
 *
 * @param readers origins that may read (the writers among them)
 * @param writers origins that may also write
 * @param anyReader whether {@code *} was given
 */
public record CorsOrigins(Set<String> readers, Set<String> writers, boolean anyReader) {

    public static final CorsOrigins NONE = new CorsOrigins(Set.of(), Set.of(), false);

    /** The suffix that lets an origin write. */
    public static final String WRITE = "=write";

    public CorsOrigins {
        readers = Set.copyOf(readers);
        writers = Set.copyOf(writers);
    }

    /**
     * Reads entries separated by spaces or commas; an empty text is {@link #NONE}.
     *
     * @throws IllegalArgumentException naming the entry that is not an origin, and why
     */
    public static CorsOrigins parse(String text) {
        List<String> entries = new ArrayList<>();
        for (String entry : (text == null ? "" : text).split("[\\s,]+")) {
            if (!entry.isEmpty()) {
                entries.add(entry);
            }
        }
        return parse(entries);
    }

    /** @see #parse(String) */
    public static CorsOrigins parse(List<String> entries) {
        Set<String> readers = new LinkedHashSet<>();
        Set<String> writers = new LinkedHashSet<>();
        boolean any = false;
        for (String raw : entries) {
            for (String entry : raw.split("[\\s,]+")) {
                if (entry.isEmpty()) {
                    continue;
                }
                boolean write = entry.toLowerCase(Locale.ROOT).endsWith(WRITE);
                String origin = write ? entry.substring(0, entry.length() - WRITE.length()) : entry;
                if (origin.equals("*")) {
                    if (write) {
                        throw new InvalidOriginException(ChainText.of("node.origin.anyWrite", entry));
                    }
                    any = true;
                    continue;
                }
                String normal = origin(origin);
                readers.add(normal);
                if (write) {
                    writers.add(normal);
                }
            }
        }
        return new CorsOrigins(readers, writers, any);
    }

    /**
     * An origin as browsers write it: lower case, the default port left out.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static String origin(String text) {
        String given = text.strip();
        ChainText problem;
        try {
            URI uri = new URI(given);
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (given.equalsIgnoreCase("null")) {
                problem = ChainText.of("node.origin.null");
            } else if (scheme == null || !given.contains("://")) {
                problem = ChainText.of("node.origin.scheme");
            } else if (uri.getHost() == null) {
                problem = ChainText.of("node.origin.noHost");
            } else if (uri.getRawUserInfo() != null
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null
                    || !(uri.getRawPath() == null
                            || uri.getRawPath().isEmpty()
                            || uri.getRawPath().equals("/"))) {
                problem = ChainText.of("node.origin.path");
            } else {
                int port = uri.getPort();
                boolean defaultPort =
                        port < 0 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
                return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
            }
        } catch (URISyntaxException e) {
            problem = ChainText.of("node.origin.notUrl");
        }
        throw new InvalidOriginException(ChainText.of("node.origin.invalid", given, problem, WRITE));
    }

    public boolean isEmpty() {
        return readers.isEmpty() && !anyReader;
    }

    /** Whether a page of {@code origin} (as its {@code Origin} header says) may read the read-only endpoints. */
    public boolean mayRead(String origin) {
        return anyReader || origin != null && readers.contains(origin.toLowerCase(Locale.ROOT));
    }

    /** Whether a page of {@code origin} may change state. */
    public boolean mayWrite(String origin) {
        return origin != null && writers.contains(origin.toLowerCase(Locale.ROOT));
    }

    /** The entries as {@link #parse(String)} reads them back: {@code * https://a.example https://b.example=write}. */
    public String describe() {
        List<String> all = new ArrayList<>();
        if (anyReader) {
            all.add("*");
        }
        readers.stream().sorted().forEach(origin -> all.add(writers.contains(origin) ? origin + WRITE : origin));
        return String.join(" ", all);
    }
}
