package dev.blockdesk.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blockdesk.chain.MalformedJsonException;
import dev.blockdesk.chain.WireJson;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the JSON a command was given, turning every way that can fail into one clear sentence. */
final class InputFiles {

    /** Reads a value from an open stream. */
    @FunctionalInterface
    interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private InputFiles() {}

    /** The JSON in {@code file}, or on standard input when {@code file} is null. */
    static JsonNode readJson(Path file, InputStream stdin) throws UnreadableInputException {
        return read(file, stdin, WireJson::parse);
    }

    /** Applies {@code reader} to {@code file}, or to standard input when {@code file} is null. */
    static <T> T read(Path file, InputStream stdin, Reader<T> reader) throws UnreadableInputException {
        String source = file == null ? "standard input" : file.toString();
        try {
            if (file == null) {
                return reader.read(stdin);
            }
            if (Files.isDirectory(file)) {
                throw new UnreadableInputException(source + ": is a directory, not a JSON file");
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                return reader.read(in);
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
