package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Transactions posted as multipart forms (Postman's "form-data", {@code curl -F}), on a real server on loopback. */
class MultipartPostTest {

    private static final String BOUNDARY = "------------------------XyZ0123456789";
    private static final TestNodes NODES = new TestNodes();
    private static Node node;
    private static URI url;

    @BeforeAll
    static void start() {
        node = NODES.start();
        url = node.url();
    }

    @AfterAll
    static void stop() {
        NODES.close();
    }

    /** A body as curl -F writes it, each field a text part. */
    private static String form(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append("--")
                    .append(BOUNDARY)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(namesAndValues[i])
                    .append("\"\r\n\r\n")
                    .append(namesAndValues[i + 1])
                    .append("\r\n");
        }
        return body.append("--").append(BOUNDARY).append("--\r\n").toString();
    }

    private static TestNodes.Answer send(String path, String contentType, String body) {
        return TestNodes.send(HttpRequest.newBuilder(url.resolve(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static JsonNode pendingFrom(String sender) {
        return node.pending().stream()
                .map(tx -> (JsonNode) tx.toJson())
                .filter(tx -> tx.get("sender").asText().equals(sender))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no pending transaction from " + sender));
    }

    @Test
    void aMultipartFormIsATransactionLikeAnyOther() {
        long next = node.chain().length() + 1;
        TestNodes.Answer added = send(
                "/transactions/new",
                "multipart/form-data; boundary=" + BOUNDARY,
                form("sender", "Zoë", "recipient", "bob", "amount", "7"));
        assertEquals(201, added.status(), added.text());
        assertEquals("{\"message\": \"Transaction will be added to Block " + next + "\"}", added.text());
        JsonNode zoe = pendingFrom("Zoë");
        assertEquals("bob", zoe.get("recipient").asText());
        assertTrue(zoe.get("amount").isIntegralNumber(), "a form amount of 7 is the JSON number 7");

        TestNodes.Answer created = send(
                "/create-transaction",
                "multipart/form-data; boundary=\"" + BOUNDARY + "\"",
                form("sender", "yann", "recipient", "bob", "amount", "2.5"));
        assertEquals(201, created.status(), created.text());
        assertEquals(next, created.json().get("block_index").asLong());
        assertTrue(pendingFrom("yann").get("amount").isDouble());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "BOUNDARY | --BOUNDARY~Content-Disposition: form-data; name=\"sender\"~~a~--BOUNDARY~Content-Disposition: form-data; name=\"amount\"~~1 | the multipart form is malformed: the body ends before its closing line --BOUNDARY--",
                "BOUNDARY | sender=a&recipient=b&amount=1                                                                                           | the multipart form is malformed: the body has no line --BOUNDARY (ending in CRLF) to start its first part",
                "BOUNDARY | --BOUNDARY~Content-Disposition: form-data; name=\"sender\"; filename=\"s.txt\"~~a~--BOUNDARY--                          | the multipart form is malformed: field \"sender\" is a file; send it as a text field",
                "''       | --BOUNDARY~Content-Disposition: form-data; name=\"sender\"~~a~--BOUNDARY--                                                 | the multipart form is malformed: the Content-Type has no boundary, as in multipart/form-data; boundary=XYZ",
                "BOUNDARY | --BOUNDARY--                                                                                                            | missing value: sender",
            })
    void aBrokenMultipartFormIsA400AndChangesNothing(String boundary, String body, String error) {
        int before = node.pending().size();
        String type = boundary.isEmpty() ? "multipart/form-data" : "multipart/form-data; boundary=" + BOUNDARY;
        TestNodes.Answer answer = send(
                "/transactions/new", type, body.replace("BOUNDARY", BOUNDARY).replace("~", "\r\n"));
        assertEquals(400, answer.status(), answer.text());
        assertEquals(error.replace("BOUNDARY", BOUNDARY), answer.error());
        assertEquals(before, node.pending().size());
    }

    @Test
    void aMultipartFormOverTheBodyLimitIsA413() {
        TestNodes.Answer answer = send(
                "/transactions/new",
                "multipart/form-data; boundary=" + BOUNDARY,
                form("sender", "x".repeat(1 << 20), "recipient", "b", "amount", "1"));
        assertEquals(413, answer.status());
        assertEquals("the request body is larger than 1 MiB", answer.error());
    }
}
