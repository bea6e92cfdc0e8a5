package dev.blockdesk.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blockdesk.chain.MalformedJsonException;
import dev.blockdesk.chain.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the JSON a command was given, turning every way that can fail into one clear sentence. */
final class InputFiles {

    private InputFiles() {
    }

    /** The JSON in {@code file}, or on standard input when {@code file} is null. */
    static JsonNode readJson(Path file, InputStream stdin) throws UnreadableInputException {
        String source = file == null ? "standard input" : file.toString();
        try {
            if (file == null) {
                return WireJson.parse(stdin);
            }
            if (Files.isDirectory(file)) {
                throw new UnreadableInputException(source + ": is a directory, not a JSON file");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return WireJson.parse(in);
            }
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException(source + ": no such file");
        } catch (MalformedJsonException e) {
            throw new UnreadableInputException(source + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UnreadableInputException(source + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    static final class UnreadableInputException extends Exception {
        UnreadableInputException(String message) {
            super(message);
        }
    }
}
