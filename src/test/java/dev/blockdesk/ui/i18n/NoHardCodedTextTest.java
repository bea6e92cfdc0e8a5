package dev.blockdesk.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No text a person reads is written into the window's FXML or code: FXML names its texts
 * {@code %key}, and a Java string literal with words in it is either a log line, an exception's
 * message for the log, or marked {@code // not shown} with the reason. Translators then find every
 * text in the bundle.
 */
class NoHardCodedTextTest {

    /** The FXML attributes a person reads or hears. */
    private static final Pattern FXML_TEXT = Pattern.compile(
            "\\b(text|promptText|title|accessibleText|accessibleHelp|accessibleRoleDescription)=\"([^\"%][^\"]*)\"");

    private static final Pattern HAS_LETTERS = Pattern.compile("\\p{IsLatin}{2}");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** Words: two Latin words with a space between, or a capitalised word, as UI texts are (not keys, names or paths). */
    private static final Pattern WORDS = Pattern.compile(
            "\\p{IsLatin}{2,}[,:.!?…]?\\s+\\(?\\p{IsLatin}{2,}|^\\s*\\p{Lu}\\p{Ll}+[…:]?$|^\\p{Lu}\\p{Ll}+[ :…]");
    // windows-newchain
    /** Statements whose literals are for the log, an exception or the machine, never shown. */
    private static final Pattern NOT_SHOWN = Pattern.compile(
            "LOG\\.|Logger|throw new|Exception\\(|Error\\(|getStyleClass|setStyle\\(|lookup(All)?\\(|setId\\(|// not shown|@FXML|new Thread\\(");

    @Test
    void fxmlNamesEveryTextByItsKey() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(Path.of("src/main/resources/dev/blockdesk/ui"), ".fxml")) {
            Matcher matcher = FXML_TEXT.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (matcher.find()) {
                if (HAS_LETTERS.matcher(matcher.group(2)).find()) {
                    found.add(file.getFileName() + ": " + matcher.group());
                }
            }
        }
        assertEquals(List.of(), found, "FXML texts not from the bundle (write text=\"%key\")");
    }

    @Test
    void codeWritesNoTextOfItsOwn() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(Path.of("src/main/java/dev/blockdesk/ui"), ".java")) {
            for (String statement : statements(Files.readString(file, StandardCharsets.UTF_8))) {
                if (NOT_SHOWN.matcher(statement).find()) {
                    continue;
                }
                Matcher literal = LITERAL.matcher(statement);
                while (literal.find()) {
                    if (WORDS.matcher(literal.group(1)).find()) {
                        found.add(file.getFileName() + ": " + literal.group());
                    }
                }
            }
        }
        assertEquals(
                List.of(),
                found,
                "texts written in the code (use Messages.tr, or mark the statement // not shown: why)");
    }

    /** The code's statements, without its comments and javadoc (but with {@code // not shown} marks kept). */
    static List<String> statements(String source) {
        String code = source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//(?! not shown)[^\\n]*", "");
        List<String> statements = new ArrayList<>();
        int start = 0;
        char quote = 0; // the quote of the literal we are in, or 0
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++; // an escaped character, a quote among them
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ';' || c == '{' || c == '}') {
                statements.add(code.substring(start, i + 1));
                start = i + 1;
            }
        }
        statements.add(code.substring(start));
        return statements;
    }

    static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
