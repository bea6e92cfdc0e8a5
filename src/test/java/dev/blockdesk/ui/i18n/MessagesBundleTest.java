package dev.blockdesk.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The resource bundle as translators and the code use it: every language has the same keys with
 * the same arguments, every pattern formats, every key the FXML and the code name exists, and no
 * key is left unused.
 */
class MessagesBundleTest {

    static final Path BUNDLES = Path.of("src/main/resources/dev/blockdesk/i18n");
    static final List<String> TRANSLATIONS = List.of("messages_zh_CN.properties", "messages_ko.properties");
    /** Keys the code builds from a prefix and a name, so no literal names them; each prefix is explained where it is used. */
    static final List<String> BUILT_KEYS = List.of();

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.-]+)\"");
    private static final Pattern CODE_KEY =
            Pattern.compile("\\btr(?:In)?\\(\\s*(?:[^\"()]*,\\s*)?\"([A-Za-z0-9_.-]+)\"");
    /** The chain layer's texts: {@code ChainText.of("chain.key"} (dev.blockdesk.chain.ChainText, the same bundle). */
    private static final Pattern CHAIN_KEY = Pattern.compile("\\bChainText\\.of\\(\\s*\"([A-Za-z0-9_.-]+)\"");

    @Test
    void everyLanguageHasTheSameKeysAndArguments() throws IOException {
        Map<String, String> english = read("messages.properties");
        for (String file : TRANSLATIONS) {
            Map<String, String> translated = read(file);
            assertEquals(english.keySet(), translated.keySet(), file + " has other keys than messages.properties");
            for (String key : english.keySet()) {
                assertEquals(
                        arguments(english.get(key)),
                        arguments(translated.get(key)),
                        file + ": the arguments of " + key);
            }
        }
    }

    @Test
    void everyPatternWithArgumentsFormatsAndKeepsItsApostrophes() throws IOException {
        for (String file : allFiles()) {
            for (Map.Entry<String, String> text : read(file).entrySet()) {
                String pattern = text.getValue();
                if (arguments(pattern).isEmpty()) {
                    continue;
                }
                new MessageFormat(pattern, Locale.ROOT); // throws on a broken pattern
                String withoutDoubled = pattern.replace("''", "");
                assertTrue(
                        withoutDoubled.indexOf('\'') < 0,
                        file + ": " + text.getKey() + " has arguments, so its apostrophe must be written twice: "
                                + pattern);
            }
        }
    }

    @Test
    void noFileSaysAKeyTwiceOrHasAnEmptyText() throws IOException {
        for (String file : allFiles()) {
            Set<String> seen = new HashSet<>();
            for (String line : Files.readAllLines(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int equals = trimmed.indexOf('=');
                assertTrue(equals > 0, file + ": not key=text: " + line);
                String key = trimmed.substring(0, equals).strip();
                assertTrue(seen.add(key), file + " says " + key + " twice");
                assertTrue(!trimmed.substring(equals + 1).isBlank(), file + ": " + key + " is empty");
            }
        }
    }

    @Test
    void everyKeyTheFxmlAndTheCodeNameExists() throws IOException {
        Set<String> keys = read("messages.properties").keySet();
        Set<String> missing = new TreeSet<>(used());
        missing.removeAll(keys);
        assertEquals(Set.of(), missing, "keys named in FXML or code but not in messages.properties");
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        Set<String> unused = new TreeSet<>(read("messages.properties").keySet());
        unused.removeAll(used());
        unused.removeIf(key -> BUILT_KEYS.stream().anyMatch(key::startsWith));
        assertEquals(Set.of(), unused, "keys no FXML or code names (remove them, or list their prefix in BUILT_KEYS)");
    }

    /** The texts of a bundle file, read as ResourceBundle reads it (UTF-8). */
    static Map<String, String> read(String file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(BUNDLES.resolve(file), StandardCharsets.UTF_8)));
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((key, value) -> texts.put((String) key, (String) value));
        return texts;
    }

    private static List<String> allFiles() {
        List<String> files = new ArrayList<>(TRANSLATIONS);
        files.add(0, "messages.properties");
        return files;
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** The keys the FXML ({@code "%key"}) and the code ({@code tr("key"}, {@code trIn(language, "key"}, {@code ChainText.of("key"}) name. */
    static Set<String> used() throws IOException {
        Set<String> used = new TreeSet<>();
        collect(Path.of("src/main/resources"), ".fxml", FXML_KEY, used);
        collect(Path.of("src/main/java"), ".java", CODE_KEY, used);
        collect(Path.of("src/main/java"), ".java", CHAIN_KEY, used);
        return used;
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(suffix))::iterator) {
                Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    into.add(matcher.group(1));
                }
            }
        }
    }
}
