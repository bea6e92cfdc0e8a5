package dev.blockdesk.node.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Multipart form bodies as curl -F, Postman and browsers write them, and the broken ones a hand-made client sends. */
class MultipartFormTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String field(String name, String value) {
        return "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    @Test
    void readsTheTextFieldsInOrderAsCurlSendsThem() throws Exception {
        String body = "--------------------------d74496d66958873e\r\n" + field("sender", "Zoë")
                + "--------------------------d74496d66958873e\r\n" + field("recipient", "line one\r\nline two")
                + "--------------------------d74496d66958873e\r\n" + field("amount", "")
                + "--------------------------d74496d66958873e--\r\n";
        Map<String, String> fields = MultipartForm.parse(bytes(body), "------------------------d74496d66958873e");
        assertEquals(Map.of("sender", "Zoë", "recipient", "line one\r\nline two", "amount", ""), fields);
        assertEquals("[sender, recipient, amount]", fields.keySet().toString());
    }

    @Test
    void acceptsAPreambleAnEpilogueTransportPaddingAndOtherPartHeaders() throws Exception {
        String body = "This is a preamble.\r\n--b\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "content-disposition: Form-Data; name=\"a;b\\\"c\"\r\n\r\nvalue\r\n--b  \t\r\n"
                + field("x", "one\r\n--bx is not a boundary line, nor is\r\n--b - this")
                + "--b--\r\nepilogue, ignored";
        Map<String, String> fields = MultipartForm.parse(bytes(body), "b");
        assertEquals("value", fields.get("a;b\"c"));
        assertEquals("one\r\n--bx is not a boundary line, nor is\r\n--b - this", fields.get("x"));
    }

    @Test
    void aNameSentTwiceKeepsItsLastValueAndAnEmptyFormHasNoFields() throws Exception {
        String body = "--b\r\n" + field("amount", "1") + "--b\r\n" + field("amount", "2") + "--b--";
        assertEquals(Map.of("amount", "2"), MultipartForm.parse(bytes(body), "b"));
        assertEquals(Map.of(), MultipartForm.parse(bytes("--b--\r\n"), "b"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "multipart/form-data; boundary=abc                  | abc",
                "multipart/form-data; boundary=\"a b:c\"              | a b:c",
                "Multipart/Form-Data;charset=utf-8;BOUNDARY=----X    | ----X",
            })
    void theBoundaryComesFromTheContentType(String contentType, String boundary) throws Exception {
        assertEquals(boundary, MultipartForm.boundary(contentType));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "multipart/form-data                      | the Content-Type has no boundary, as in multipart/form-data; boundary=XYZ",
                "multipart/form-data; boundary=           | the Content-Type has no boundary, as in multipart/form-data; boundary=XYZ",
                "multipart/form-data; boundary=a{b}       | the boundary must be 1 to 70 letters, digits or '()+_,-./:=? and may not end in a space",
                "multipart/form-data; boundary=\"ab \"      | the boundary must be 1 to 70 letters, digits or '()+_,-./:=? and may not end in a space",
            })
    void aMissingOrImpossibleBoundaryIsRefused(String contentType, String reason) {
        MultipartForm.MalformedException e =
                assertThrows(MultipartForm.MalformedException.class, () -> MultipartForm.boundary(contentType));
        assertEquals(reason, e.getMessage());
    }

    @Test
    void aBoundaryLongerThan70CharactersIsRefused() {
        assertThrows(
                MultipartForm.MalformedException.class,
                () -> MultipartForm.boundary("multipart/form-data; boundary=" + "x".repeat(71)));
    }

    /** Bodies written with ~ for CRLF and ^ for a bare LF, so that each fits on a line of the table. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''                                                                          | the body has no line --b (ending in CRLF) to start its first part",
                "sender=alice&amount=1                                                       | the body has no line --b (ending in CRLF) to start its first part",
                "--bx~                                                                       | the body has no line --b (ending in CRLF) to start its first part",
                "--b^Content-Disposition: form-data; name=\"a\"^^x^--b--                     | the body has no line --b (ending in CRLF) to start its first part",
                "--b~Content-Disposition: form-data; name=\"a\"~~no end                      | the body ends before its closing line --b--",
                "--b~Content-Disposition: form-data; name=\"a\"~~x~--b                       | the body ends before its closing line --b--",
                "--b~Content-Disposition: form-data; name=\"a\"~~x~--bogus~                  | the body ends before its closing line --b--",
                "--b~Content-Disposition: form-data; name=\"a\"~x~--b--                      | part 1 has no blank line between its headers and its value",
                "--b~Content-Disposition: form-data; name=\"a\"~~--b--                       | part 1 has no blank line between its headers and its value",
                "--b~name=\"a\"~~x~--b--                                                      | part 1 has a header line that is not \"Name: value\"",
                "--b~Content-Disposition: form-data; name=\"a\"~ folded~~x~--b--             | part 1 has a header line that is not \"Name: value\"",
                "--b~Content-Type: text/plain~~x~--b--                                       | part 1 has no Content-Disposition: form-data; name=\"...\" header",
                "--b~Content-Disposition: attachment; name=\"a\"~~x~--b--                    | part 1 has no Content-Disposition: form-data; name=\"...\" header",
                "--b~Content-Disposition: form-data; filename=\"a.txt\"~~x~--b--             | part 1 has no field name in its Content-Disposition",
                "--b~Content-Disposition: form-data; name=\"sender\"; filename=\"a.txt\"~~x~--b-- | field \"sender\" is a file; send it as a text field",
                "--b~Content-Disposition: form-data; name=\"a\"~Content-Type: text/plain; charset=latin1~~x~--b-- | field \"a\" is in latin1; only UTF-8 text is read",
                "--b~Content-Disposition: form-data; name=\"a\"~~1~--b~Content-Disposition: form-data~~2~--b-- | part 2 has no field name in its Content-Disposition",
            })
    void aMalformedBodyIsRefusedWithTheReason(String body, String reason) {
        byte[] bytes = bytes(body.replace("~", "\r\n").replace("^", "\n"));
        MultipartForm.MalformedException e =
                assertThrows(MultipartForm.MalformedException.class, () -> MultipartForm.parse(bytes, "b"));
        assertEquals(reason, e.getMessage());
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        byte[] head = bytes("--b\r\nContent-Disposition: form-data; name=\"sender\"\r\n\r\n");
        byte[] tail = bytes("\r\n--b--");
        byte[] body = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        body[head.length] = (byte) 0xE9; // é in Latin-1, a broken sequence in UTF-8
        System.arraycopy(tail, 0, body, head.length + 1, tail.length);
        MultipartForm.MalformedException e =
                assertThrows(MultipartForm.MalformedException.class, () -> MultipartForm.parse(body, "b"));
        assertEquals("field \"sender\" is not UTF-8 text", e.getMessage());
    }
}
