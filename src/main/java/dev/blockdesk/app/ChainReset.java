package dev.blockdesk.app;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.store.OrphanedBlock;
import dev.blockdesk.store.SqliteStore;
import dev.blockdesk.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Starts a data directory over with a new chain (File → New chain…, "reset this data directory"):
 * the old chain is first written to a file in the data directory
 * ({@code chain-before-reset-2026-11-22T10-15-00.json}, in its dialect's file format, as export
 * writes it; the orphaned blocks beside it, if any), then, in one store transaction, every block,
 * orphaned block and pending transaction is dropped, a genesis block of the new dialect stored and
 * the new dialect, difficulty and reward remembered. Nothing is half done: when the file cannot be
 * written (a full disk) the store is not touched, and when the store cannot be changed the file is
 * removed again and the old chain is stored as before.
 */
public final class ChainReset {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss", Locale.ROOT);

    private ChainReset() {}

    /** Where the old chain goes: {@code chain-before-reset-<local time>.json} in {@code dir}, numbered when taken. */
    public static Path archiveFile(Path dir, Instant at, ZoneId zone) {
        Path file = dir.resolve(archiveName(at, zone));
        for (int n = 2; Files.exists(file); n++) {
            file = dir.resolve(archiveName(at, zone).replace(".json", "-" + n + ".json"));
        }
        return file;
    }

    /** {@code chain-before-reset-2026-11-22T10-15-00.json}: the name of the file for a reset at {@code at}. */
    public static String archiveName(Instant at, ZoneId zone) {
        return "chain-before-reset-" + STAMP.format(at.atZone(zone)) + ".json";
    }

    /** The file the orphaned blocks go to, beside {@code archive}. */
    public static Path orphansFile(Path archive) {
        return archive.resolveSibling(archive.getFileName().toString().replaceFirst("^chain-", "orphaned-blocks-"));
    }

    /**
     * Starts {@code setup}'s data directory over with {@code choice}. No node may run on it: close
     * the node first, and pass the chain it ended with.
     *
     * @param current      the chain the node ended with, which must be the stored one
     * @param currentRules the rules of its dialect, which decide the file's format
     * @param archive      where the old chain is written ({@link #archiveFile}); must not exist
     * @return the new chain, only its genesis block
     * @throws IOException    when the old chain cannot be written; nothing changed
     * @throws StoreException when the store cannot be changed; nothing changed
     */
    public static Chain startOver(
            NodeSetup setup, Chain current, ChainRules currentRules, NewChain choice, Path archive) throws IOException {
        SqliteStore store = setup.store();
        long stored = store.blockCount();
        if (stored != current.length()) {
            throw new IllegalStateException("the chain changed while it was being reset (" + stored + " blocks stored, "
                    + current.length() + " in the node); nothing was changed, try again");
        }
        List<OrphanedBlock> orphans = store.orphans();
        Path orphansFile = orphansFile(archive);
        for (Path file : orphans.isEmpty() ? List.of(archive) : List.of(archive, orphansFile)) {
            if (Files.exists(file)) {
                throw new IOException(file + " exists already; nothing was changed");
            }
        }
        Path writing = archive;
        try {
            ChainFiles.write(current, currentRules, archive);
            if (!orphans.isEmpty()) {
                writing = orphansFile;
                ChainFiles.writeOrphans(
                        orphans.stream().map(OrphanedBlock::canonical).toList(), orphansFile);
            }
        } catch (IOException e) {
            removeQuietly(archive, e); // the orphans' file, written through a temporary file, was not made
            throw new IOException(
                    "cannot write the old " + (writing == archive ? "chain" : "orphaned blocks") + " to " + writing
                            + " (" + e.getMessage() + "); nothing was changed",
                    e);
        }
        Chain fresh = Chain.startingAt(choice.rules(), Block.now());
        try {
            store.startOver(fresh.blocks(), choice.settings(), choice.keepPeers());
        } catch (StoreException e) {
            removeQuietly(archive, e);
            if (!orphans.isEmpty()) {
                removeQuietly(orphansFile, e);
            }
            throw e;
        }
        setup.startedOver(choice, fresh);
        return fresh;
    }

    private static void removeQuietly(Path file, Exception cause) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
