package dev.blockdesk.app;

import static dev.blockdesk.app.DamagedSettingsTest.logging;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.blockdesk.store.SqliteStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typed settings over a real SQLite store: good values are read, bad ones fall back with a warning. */
class StoredSettingsTest {

    enum Theme {
        LIGHT,
        DARK
    }

    @TempDir
    Path dir;

    private SqliteStore store;
    private StoredSettings settings;
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("blockdesk.db"));
        settings = new StoredSettings(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Reads with {@code read}, once for each stored value; the values read, and the warnings logged in {@link #warnings}. */
    private <T> List<T> read(String key, Supplier<T> read, String... values) throws Exception {
        List<T> results = new ArrayList<>();
        for (String value : values) {
            store.putSetting(key, value);
            results.add(logging(warnings, read::get));
        }
        return results;
    }

    @Test
    void integersInRangeAreReadAndAnythingElseFallsBackWithAWarning() throws Exception {
        assertEquals(10, settings.integer("auto_sync_interval", 10, 1, 86_400), "not stored: the fallback, no warning");
        assertEquals(List.of(), warnings);
        assertEquals(
                List.of(1, 86_400, 30, 10, 10, 10, 10, 10),
                read(
                        "auto_sync_interval",
                        () -> settings.integer("auto_sync_interval", 10, 1, 86_400),
                        "1",
                        "86400",
                        " 30 ",
                        "0",
                        "86401",
                        "ten",
                        "",
                        "99999999999"));
        assertEquals(
                List.of(
                        "the stored setting auto_sync_interval is \"0\", which is not a whole number from 1 to 86400; using 10",
                        "the stored setting auto_sync_interval is \"86401\", which is not a whole number from 1 to 86400; using 10",
                        "the stored setting auto_sync_interval is \"ten\", which is not a whole number from 1 to 86400; using 10",
                        "the stored setting auto_sync_interval is \"\", which is not a whole number from 1 to 86400; using 10",
                        "the stored setting auto_sync_interval is \"99999999999\", which is not a whole number from 1 to 86400; using 10"),
                warnings);
        assertThrows(
                IllegalArgumentException.class,
                () -> settings.integer("x", 0, 1, 10),
                "a fallback out of range is a bug");
    }

    @Test
    void booleansAreTrueOrFalse() throws Exception {
        assertEquals(true, settings.bool("auto_sync", true));
        assertEquals(false, settings.bool("auto_mine", false));
        assertEquals(
                List.of(true, false, true, false, false),
                read("auto_mine", () -> settings.bool("auto_mine", false), "true", "false", "TRUE", "yes", "1"));
        assertEquals(
                List.of(
                        "the stored setting auto_mine is \"yes\", which is not true or false; using false",
                        "the stored setting auto_mine is \"1\", which is not true or false; using false"),
                warnings);
    }

    @Test
    void choicesAreOneOfTheListedOnes() throws Exception {
        assertEquals("light", settings.choice("theme", "light", "light", "dark"));
        assertEquals(
                List.of("dark", "light", "light"),
                read("theme", () -> settings.choice("theme", "light", "light", "dark"), "dark", "light", "purple\n"));
        assertEquals(
                List.of("the stored setting theme is \"purple\\n\", which is not one of light, dark; using light"),
                warnings);
        assertThrows(IllegalArgumentException.class, () -> settings.choice("theme", "blue", "light", "dark"));
    }

    @Test
    void enumsAreReadByName() throws Exception {
        assertEquals(Theme.LIGHT, settings.choice("theme", Theme.LIGHT));
        assertEquals(
                List.of(Theme.DARK, Theme.LIGHT, Theme.LIGHT),
                read("theme", () -> settings.choice("theme", Theme.LIGHT), "dark", "LIGHT", "x".repeat(1000)));
        assertEquals(
                List.of("the stored setting theme is \"" + "x".repeat(80)
                        + "\"... (1000 characters), which is not one of light, dark;" + " using light"),
                warnings);
    }

    @Test
    void amountsAreReadAsTheyWereWritten() throws Exception {
        assertEquals(IntNode.valueOf(1), settings.amount("reward", IntNode.valueOf(1)));
        assertEquals(
                List.of(
                        IntNode.valueOf(5),
                        DoubleNode.valueOf(0.5),
                        IntNode.valueOf(1),
                        IntNode.valueOf(1),
                        IntNode.valueOf(1)),
                read("reward", () -> settings.amount("reward", IntNode.valueOf(1)), "5", "0.5", "lots", "-2", "1e16"));
        assertEquals(3, warnings.size(), warnings::toString);
        assertEquals(
                "the stored setting reward is \"lots\", which is not an amount (amount must be a number, found \"lots\"); using 1",
                warnings.get(0));
    }
}
