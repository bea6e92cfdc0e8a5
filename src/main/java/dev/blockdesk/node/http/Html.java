package dev.blockdesk.node.http;

import dev.blockdesk.chain.PythonFloat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The pieces every page of ours is made of: escaping, the page frame with its inline style, the
 * transaction form and the one-message page. Plain HTML and CSS, no script, nothing fetched from
 * elsewhere: a node on a classroom network cannot count on the internet, and a page that shows
 * what peers and strangers typed must never run it. Every value a page shows goes through {@link
 * #escape}; only the literal markup written here does not.
 */
final class Html {

    /**
     * Readable on a 360 px phone and on a projector: rem sizes on a large base font that grows on
     * wide screens, tables that become stacked cards on narrow ones, long hashes and names that wrap
     * anywhere instead of widening the page, and the system's dark mode.
     */
    private static final String STYLE = """
            :root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1b1b; --muted: #595959; --line: #d0d4d9;
                    --accent: #0b57d0; --on-accent: #ffffff; --box: #f3f5f7; }
            @media (prefers-color-scheme: dark) {
              :root { --bg: #121417; --fg: #e9e9e9; --muted: #a9adb2; --line: #3a3f45;
                      --accent: #8ab4f8; --on-accent: #0b1b33; --box: #1c2025; }
            }
            html { font-size: 112.5%; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
            @media (min-width: 80em) { html { font-size: 131.25%; } }
            body { margin: 0 auto; max-width: 62rem; padding: 1rem; background: var(--bg); color: var(--fg);
                   font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; }
            h1 { font-size: 1.6rem; margin: .5rem 0; }
            h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; }
            a { color: var(--accent); }
            nav a { display: inline-block; margin: 0 1rem .5rem 0; }
            code, pre, .mono { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9em; }
            td, code, .mono, pre { overflow-wrap: anywhere; word-break: break-word; }
            .note { color: var(--muted); }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
            td ul { margin: 0; padding-left: 1.1rem; }
            form { display: grid; gap: .8rem; max-width: 30rem; padding: 1rem; background: var(--box); border-radius: .5rem; }
            label { display: grid; gap: .25rem; font-weight: 600; }
            input { font: inherit; padding: .5rem; border: 1px solid var(--line); border-radius: .3rem;
                    background: var(--bg); color: var(--fg); }
            button { font: inherit; font-weight: 600; padding: .6rem 1rem; border: 0; border-radius: .3rem;
                     background: var(--accent); color: var(--on-accent); cursor: pointer; }
            pre { background: var(--box); padding: 1rem; border-radius: .5rem; white-space: pre-wrap; }
            @media (max-width: 40em) {
              table.cards thead { display: none; }
              table.cards tr { display: block; padding: .5rem 0; border-bottom: 2px solid var(--line); }
              table.cards td { display: block; padding: .1rem 0; border: 0; }
              table.cards td::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
            }
            """;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** The first second of the year 10000: later timestamps (a peer may send any number) are shown as numbers. */
    private static final double LAST_DATE = 253_402_300_800.0;

    private Html() {}

    /** {@code text} safe as element content and as a quoted attribute value; null as the empty string. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '\0' -> "\uFFFD";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * {@code text} cut to at most {@code max} characters (whole code points) with an ellipsis, then
     * escaped: a chain from a peer may hold a sender of a megabyte, and a page shows fifty blocks.
     */
    static String shortened(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.codePointCount(0, text.length()) <= max) {
            return escape(text);
        }
        return escape(text.substring(0, text.offsetByCodePoints(0, max - 1))) + "…";
    }

    /** A block's timestamp (seconds since the epoch) as a UTC date, or as the number it is when no date fits. */
    static String time(double seconds) {
        if (!(seconds >= 0 && seconds < LAST_DATE)) {
            return escape(PythonFloat.repr(seconds));
        }
        long whole = (long) Math.floor(seconds);
        return TIME.format(Instant.ofEpochSecond(whole));
    }

    /** Whole numbers with thousands separators, as a page reads them: 100,000. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code 1 block}, {@code 100,000 blocks}. */
    static String count(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }

    /** A whole page; {@code title} is plain text, {@code body} is markup already escaped. */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"color-scheme\" content=\"light dark\">\n"
                + "<title>" + escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n"
                + body + "</body>\n</html>\n";
    }

    /** The new-transaction form: posted form-encoded to {@code /transactions/new}, answered with a page. */
    static String transactionForm() {
        return """
                <form method="post" action="/transactions/new" accept-charset="utf-8">
                <label>Sender <input name="sender" required maxlength="256" autocomplete="off"></label>
                <label>Recipient <input name="recipient" required maxlength="256" autocomplete="off"></label>
                <label>Amount <input name="amount" required inputmode="decimal" autocomplete="off"></label>
                <button type="submit">Send transaction</button>
                </form>
                """;
    }

    /** {@code GET /transactions/new}: the form on a page of its own. */
    static String formPage() {
        return page(
                "New transaction",
                "<h1>New transaction</h1>\n" + transactionForm()
                        + "<p class=\"note\">It waits among the pending transactions until the next block is mined.</p>\n"
                        + "<p><a href=\"/\">Back to the node</a></p>\n");
    }

    /** A page saying one thing, with a way back: the answer to a browser's form post, or its refusal. */
    static String messagePage(String title, String message) {
        return page(
                title,
                "<h1>" + escape(title) + "</h1>\n<p>" + escape(message) + "</p>\n"
                        + "<nav><a href=\"/\">Back to the node</a><a href=\"/transactions/new\">New transaction</a></nav>\n");
    }
}
