package dev.blockdesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A new data directory holding a fresh chain (File → New chain…, "in a new data directory"): made
 * here, with its genesis block and its dialect, difficulty and reward stored, so the window opened
 * on it (and every later start with {@code --data-dir}) uses them without options.
 */
public final class NewDataDirectory {

    private NewDataDirectory() {}

    /** Why {@code dir} cannot hold a new chain, or null when it can: it must be a new or an empty folder. */
    public static String problem(Path dir) {
        if (dir == null) {
            return "Choose a folder for the new chain";
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return dir + " is a file, not a folder";
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return dir + " is not empty: choose an empty folder, or name a new one";
                }
            } catch (IOException e) {
                return "Cannot read " + dir + ": " + e.getMessage();
            }
        }
        return null;
    }

    /**
     * Makes the data directory {@code dir} with a chain of {@code choice}; its lock is let go again.
     *
     * @throws IllegalArgumentException when {@code dir} is not new or empty
     */
    public static void create(Path dir, NewChain choice) throws NodeSetup.InvalidStoredChainException {
        String problem = problem(dir);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        try (NodeSetup setup = NodeSetup.openStore(dir, choice.difficulty(), choice.dialect())) {
            setup.store().putSetting(NodeSetup.REWARD, choice.reward());
            setup.loadChain(false, notice -> {}, dev.blockdesk.store.StoredChain.Progress.NONE);
        }
    }
}
