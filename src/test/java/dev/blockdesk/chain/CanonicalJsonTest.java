package dev.blockdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class CanonicalJsonTest {

    @TestFactory
    Stream<DynamicTest> canonicalJsonAndHashMatchPython() {
        List<JsonNode> vectors = Vectors.jsonLines("block-hash.jsonl");
        assertTrue(vectors.size() >= 60);
        return vectors.stream()
                .map(v -> DynamicTest.dynamicTest(v.get("name").asText(), () -> {
                    JsonNode parsed = WireJson.parse(v.get("input").asText());
                    String canonical = CanonicalJson.write(parsed);
                    assertEquals(v.get("canonical").asText(), canonical);
                    assertEquals(v.get("hash").asText(), Sha256.hex(CanonicalJson.bytes(parsed)));
                    // Printing what we printed changes nothing: what we serve hashes the same for the next node.
                    assertEquals(canonical, CanonicalJson.write(WireJson.parse(canonical)));
                }));
    }

    @TestFactory
    Stream<DynamicTest> blocksKeepEveryFieldAndHashLikePython() {
        return Vectors.jsonLines("block-hash.jsonl").stream()
                .map(v -> DynamicTest.dynamicTest(v.get("name").asText(), () -> {
                    JsonNode parsed = WireJson.parse(v.get("input").asText());
                    Block block;
                    try {
                        block = Block.fromJson(parsed, BlockHasher.SORTED_JSON);
                    } catch (InvalidBlockException e) {
                        // Vectors with a non-finite or non-number timestamp are not blocks; nothing else may fail.
                        assertTrue(e.getMessage().startsWith("timestamp"), e.getMessage());
                        return;
                    }
                    assertEquals(v.get("hash").asText(), block.hash());
                    assertEquals(v.get("canonical").asText(), block.canonicalJson());
                    assertEquals(v.get("canonical").asText(), CanonicalJson.write(block.toJson()));
                }));
    }

    @Test
    void keysAreSortedByCodePointNotByUtf16Unit() {
        // U+FF61 is below U+1F600 as a code point, but above its high surrogate U+D83D as a UTF-16 unit.
        String astral = "\uD83D\uDE00";
        assertTrue("\uFF61".compareTo(astral) > 0, "Java's String order puts U+FF61 last");
        JsonNode node = WireJson.parse("{\"" + astral + "\": 1, \"\uFF61\": 2}");
        assertEquals("{\"\\uff61\": 2, \"\\ud83d\\ude00\": 1}", CanonicalJson.write(node));
    }

    @Test
    void codePointOrderAgreesWithComparingCodePointArrays() {
        char[] alphabet = {
            'a', 'b', '\u00e9', '\uD7FF', '\uE000', '\uFF61', '\uFFFF', '\uD83D', '\uDE00', '\uD800', '\uDFFF'
        };
        java.util.Random random = new java.util.Random(42);
        for (int n = 0; n < 200_000; n++) {
            String a = randomString(random, alphabet);
            String b = random.nextInt(4) == 0 ? a + randomString(random, alphabet) : randomString(random, alphabet);
            int expected = java.util.Arrays.compare(
                    a.codePoints().toArray(), b.codePoints().toArray());
            assertEquals(
                    Integer.signum(expected), Integer.signum(CanonicalJson.compareCodePoints(a, b)), a + " vs " + b);
        }
    }

    private static String randomString(java.util.Random random, char[] alphabet) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(5); i > 0; i--) {
            s.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return s.toString();
    }

    @Test
    void numbersKeepTheirJsonType() {
        assertEquals(
                "[5, 5.0, 1180591620717411303424, 9007199254740993, 1e-07, 0, -0.0]",
                CanonicalJson.write(
                        WireJson.parse("[5, 5.0, 1180591620717411303424, 9007199254740993, 1e-7, -0, -0.0]")));
    }

    @Test
    void stringsEscapeAsPythonEnsureAscii() {
        assertEquals(
                "\"\\\"q\\\" \\\\ / \\n\\r\\t\\b\\f \\u0000\\u001f\\u007f \\u00e9 \\ud83d\\ude00\"",
                CanonicalJson.write(
                        WireJson.parse("\"\\\"q\\\" \\\\ \\/ \\n\\r\\t\\b\\f \\u0000\\u001f\u007f é 😀\"")));
    }

    @Test
    void malformedInputIsRefusedWithALineAndColumn() {
        MalformedJsonException e =
                assertThrows(MalformedJsonException.class, () -> WireJson.parse("{\"index\": 1,\n \"x\": }"));
        assertTrue(e.getMessage().startsWith("malformed JSON at line 2"), e.getMessage());
        assertThrows(MalformedJsonException.class, () -> WireJson.parse("{} trailing"));
        assertThrows(MalformedJsonException.class, () -> WireJson.parse(""));
        assertThrows(MalformedJsonException.class, () -> WireJson.parse("<html>oops</html>"));
    }

    @Test
    void hostileNestingIsRefusedNotOverflowed() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThrows(MalformedJsonException.class, () -> WireJson.parse(deep));
        String fine = "[".repeat(WireJson.MAX_DEPTH - 1) + "]".repeat(WireJson.MAX_DEPTH - 1);
        assertEquals(fine.replace("][", "], ["), CanonicalJson.write(WireJson.parse(fine)));
    }

    @Test
    void hugeNumbersAreRefused() {
        assertThrows(MalformedJsonException.class, () -> WireJson.parse("1" + "0".repeat(5000)));
        List<String> ok = new ArrayList<>();
        ok.add("1" + "0".repeat(900));
        assertEquals(ok.get(0), CanonicalJson.write(WireJson.parse(ok.get(0))));
    }
}
