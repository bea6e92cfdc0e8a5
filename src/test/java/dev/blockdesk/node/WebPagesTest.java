package dev.blockdesk.node;

import static dev.blockdesk.node.TestNodes.get;
import static dev.blockdesk.node.TestNodes.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seed 000's pages, as a browser on a phone or a classroom projector opens them: {@code GET /},
 * the transaction form and its answer, the listing of every transaction. Each test has a node of
 * its own, so what a page shows is known.
 */
class WebPagesTest {

    /** What Firefox sends with a page load or a form submit. */
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    private final TestNodes nodes = new TestNodes();
    private Node node;
    private URI url;

    @BeforeEach
    void start() {
        node = nodes.start();
        url = node.url();
    }

    @AfterEach
    void stop() {
        nodes.close();
    }

    private static TestNodes.Answer browse(URI base, String path) {
        return TestNodes.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", BROWSER)
                .GET()
                .build());
    }

    private static TestNodes.Answer submitForm(URI base, String body) {
        return TestNodes.send(HttpRequest.newBuilder(base.resolve("/transactions/new"))
                .header("Accept", BROWSER)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static void assertPage(TestNodes.Answer answer) {
        assertEquals("text/html; charset=utf-8", answer.contentType());
        String html = answer.text();
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
        assertFalse(html.contains("<script"), "no script of ours, and none of theirs");
        assertFalse(html.contains("src="), "nothing loaded from anywhere");
        assertFalse(html.contains("<link"), "the style is inline");
        assertFalse(html.contains("http://") || html.contains("https://"), "no other site");
    }

    @Test
    void theHomePageShowsTheNodeItsChainAndPendingTransactionsEscaped() throws Exception {
        node.submitTransaction(SCRIPT, "bob & \"carol\"", IntNode.valueOf(5));
        TestNodes.Answer page = get(url, "/");
        assertEquals(200, page.status());
        assertPage(page);
        String html = page.text();
        assertTrue(html.contains(node.nodeId()));
        assertTrue(html.contains("Chain of 1 block, 1 pending transaction"), html);
        assertTrue(html.contains(ESCAPED), "the pending transaction, escaped");
        assertTrue(html.contains("bob &amp; &quot;carol&quot;"));
        assertTrue(html.contains("<form method=\"post\" action=\"/transactions/new\""));
        assertTrue(
                html.contains("<code>GET /chain</code>") && html.contains("<code>POST /transactions/new</code>"),
                "the endpoints");

        TestNodes.mine(node, 1);
        String mined = get(url, "/").text();
        assertTrue(mined.contains("Chain of 2 blocks, 0 pending transactions"), mined);
        assertTrue(mined.contains("<td data-label=\"Block\">2</td>"));
        assertTrue(mined.contains(ESCAPED), "the mined transaction, escaped");
        assertTrue(mined.contains(node.chain().tip().hash()));
        assertFalse(mined.contains(SCRIPT));
    }

    @Test
    void pagesForbidScriptsAndFramingThroughTheirHeadersToo() throws Exception {
        HttpResponse<String> page = TestNodes.HTTP.send(
                HttpRequest.newBuilder(url.resolve("/")).build(), HttpResponse.BodyHandlers.ofString());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.startsWith("default-src 'none'; style-src 'unsafe-inline'"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertEquals(
                "nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void jsonClientsStillGetTheJsonIndex() {
        TestNodes.Answer json = TestNodes.send(HttpRequest.newBuilder(url.resolve("/"))
                .header("Accept", "application/json")
                .build());
        assertEquals(200, json.status());
        assertEquals("application/json", json.contentType());
        assertEquals(node.nodeId(), json.json().get("node").asText());
        assertEquals(1, json.json().get("length").asInt());
        String endpoints = json.json().get("endpoints").toString();
        assertTrue(
                endpoints.contains("\"GET /transactions/all\"") && endpoints.contains("\"POST /transactions/new\""),
                endpoints);

        TestNodes.Answer both = TestNodes.send(HttpRequest.newBuilder(url.resolve("/"))
                .header("Accept", "application/json, text/html")
                .build());
        assertEquals("text/html; charset=utf-8", both.contentType(), "a client that takes HTML as well gets the page");
    }

    @Test
    void theFormHasAPageOfItsOwnAndABrowserSeesWhatBecameOfItsPost() {
        TestNodes.Answer form = browse(url, "/transactions/new");
        assertEquals(200, form.status());
        assertPage(form);
        assertTrue(form.text().contains("<input name=\"amount\""));

        TestNodes.Answer sent = submitForm(url, "sender=ann&recipient=b%C3%A9a&amount=600");
        assertEquals(201, sent.status(), sent.text());
        assertPage(sent);
        assertTrue(sent.text().contains("<p>Transaction will be added to Block 2</p>"), sent.text());
        assertTrue(sent.text().contains("<a href=\"/\">Back to the node</a>"));
        JsonNode pending = node.pending().get(0).toJson();
        assertEquals("béa", pending.get("recipient").asText());
        assertEquals(600, pending.get("amount").intValue());

        TestNodes.Answer missing = submitForm(url, "sender=a&recipient=x");
        assertEquals(400, missing.status());
        assertPage(missing);
        assertTrue(missing.text().contains("<p>missing value: amount</p>"), missing.text());
        TestNodes.Answer refused = submitForm(url, "sender=a&recipient=x&amount=%3Cb%3E");
        assertEquals(400, refused.status());
        assertTrue(
                refused.text().contains("<p>amount must be a number, found &quot;&lt;b&gt;&quot;</p>"), refused.text());
        assertEquals(1, node.pending().size(), "nothing changed");

        TestNodes.Answer lost = browse(url, "/wallet");
        assertEquals(404, lost.status());
        assertPage(lost);
        assertTrue(
                lost.text().contains("<h1>Not found</h1>\n<p>no such endpoint: /wallet; see GET / for the list</p>"),
                lost.text());

        TestNodes.Answer json =
                post(url, "/transactions/new", "sender=ann&recipient=b&amount=1", "application/x-www-form-urlencoded");
        assertEquals(
                "{\"message\": \"Transaction will be added to Block 2\"}",
                json.text(),
                "a client without a preference gets JSON");
    }

    @Test
    void allTransactionsListsEveryPaymentEscapedButNotTheRewards() throws Exception {
        TestNodes.Answer empty = browse(url, "/transactions/all");
        assertEquals(200, empty.status());
        assertPage(empty);
        assertTrue(empty.text().contains("No transactions yet"), empty.text());

        node.submitTransaction(SCRIPT, "bob", IntNode.valueOf(5));
        TestNodes.mine(node, 1);
        node.submitTransaction("carol", "dave", IntNode.valueOf(7));
        TestNodes.mine(node, 1);
        TestNodes.Answer all = browse(url, "/transactions/all");
        assertPage(all);
        String html = all.text();
        int pre = html.indexOf("<pre>");
        assertTrue(pre > 0, html);
        String listing = html.substring(pre, html.indexOf("</pre>"));
        assertTrue(listing.contains("Block 3 ") && listing.contains("  carol → dave: 7"), listing);
        assertTrue(listing.contains("Block 2 ") && listing.contains("  " + ESCAPED + " → bob: 5"), listing);
        assertTrue(listing.indexOf("Block 3") < listing.indexOf("Block 2"), "newest block first");
        assertFalse(listing.contains(node.nodeId()), "rewards are not listed");
        assertFalse(html.contains(SCRIPT));
    }

    @Test
    void longChainsAreShownInPartAndThePagesSaySo() throws Exception {
        TestNodes.mine(node, 52);
        for (int i = 0; i < 1_001; i++) {
            node.submitTransaction("s" + i, "r", IntNode.valueOf(1));
        }
        String home = get(url, "/").text();
        assertEquals(50, home.split("<td data-label=\"Block\">", -1).length - 1, "50 blocks in the table");
        assertTrue(home.contains("The newest 50 of 53 blocks are shown; 3 older blocks are hidden."), home);
        assertTrue(home.contains("The first 100 of 1,001 are shown"), "pending transactions too");

        TestNodes.mine(node, 1);
        String all = get(url, "/transactions/all").text();
        assertTrue(all.contains("The newest 1,000 of 1,001 are listed"), all);
        assertTrue(all.contains("  … and 1 more in this block"), all);
        String newest = get(url, "/").text();
        assertTrue(newest.contains("<li class=\"note\">and 992 more</li>"), "a block shows its first 10 transactions");
        assertNull(TestNodes.get(url, "/").json(), "a page is not JSON");
    }
}
