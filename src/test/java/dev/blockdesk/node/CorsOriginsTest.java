package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading {@code --cors}: origins as browsers write them, {@code =write} for the ones that may change state. */
class CorsOriginsTest {

    @Test
    void originsAreReadAsBrowsersSendThem() {
        CorsOrigins origins =
                CorsOrigins.parse("HTTPS://Explorer.Example:443/ http://localhost:3000=write, http://10.0.0.5:80");
        assertTrue(origins.mayRead("https://explorer.example"));
        assertFalse(origins.mayWrite("https://explorer.example"));
        assertTrue(origins.mayRead("http://localhost:3000"));
        assertTrue(origins.mayWrite("http://localhost:3000"));
        assertTrue(origins.mayRead("http://10.0.0.5"));
        assertFalse(origins.mayRead("http://localhost:3001"));
        assertFalse(origins.mayRead(null));
        assertEquals("http://10.0.0.5 http://localhost:3000=write https://explorer.example", origins.describe());
        assertEquals(origins, CorsOrigins.parse(origins.describe()));
        assertEquals(
                origins,
                CorsOrigins.parse(
                        List.of("https://explorer.example", "http://localhost:3000=write", "http://10.0.0.5")));
    }

    @Test
    void aStarLetsEveryoneReadAndNobodyNotNamedWrite() {
        CorsOrigins any = CorsOrigins.parse("*");
        assertTrue(any.mayRead("https://anyone.example"));
        assertFalse(any.mayWrite("https://anyone.example"));
        assertTrue(CorsOrigins.parse("  ").isEmpty());
        assertEquals(CorsOrigins.NONE, CorsOrigins.parse(""));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "explorer.example          | \"explorer.example\" is not a web origin: it must start with a scheme, like https:// (like https://explorer.example or http://localhost:3000; add =write to let it write too)",
                "https://a.example/app     | \"https://a.example/app\" is not a web origin: an origin is only the scheme, host and port, with no path (like https://explorer.example or http://localhost:3000; add =write to let it write too)",
                "null                      | \"null\" is not a web origin: \"null\" is the origin of sandboxed and local pages, which any page can be; it cannot be let in (like https://explorer.example or http://localhost:3000; add =write to let it write too)",
                "*=write                   | \"*=write\": * lets every web page read, never write; name each origin that may write",
            })
    void aWrongEntryIsRefusedSayingWhy(String entry, String message) {
        assertEquals(
                message,
                assertThrows(IllegalArgumentException.class, () -> CorsOrigins.parse(entry))
                        .getMessage());
    }
}
