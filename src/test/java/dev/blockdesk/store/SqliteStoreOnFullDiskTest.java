package dev.blockdesk.store;

import static dev.blockdesk.store.StoreSnapshot.chainOf;
import static dev.blockdesk.store.StoreSnapshot.transaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.Transaction;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store on a real, really full disk: a small tmpfs, filled up. Skipped where a tmpfs cannot be
 * mounted (not Linux, not root, no mount permission); the mount is always taken down again.
 */
class SqliteStoreOnFullDiskTest {

    @TempDir
    Path dir;

    private Path disk;
    private boolean mounted;
    private SqliteStore store;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "tmpfs is Linux's");
        disk = Files.createDirectory(dir.resolve("disk"));
        mounted = run("mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", disk.toString()) == 0;
        assumeTrue(mounted, "could not mount a tmpfs (this needs root, or CAP_SYS_ADMIN)");
    }

    @AfterEach
    void unmount() throws Exception {
        try {
            if (store != null) {
                store.close();
            }
        } finally {
            if (mounted) {
                if (run("umount", disk.toString()) != 0) {
                    run("umount", "-l", disk.toString()); // still busy: detach it now, it goes once unused
                }
                assertFalse(isMountPoint(disk), "the tmpfs at " + disk + " is still mounted");
            }
        }
    }

    @Test
    void aWriteOnAFullDiskChangesNothingAndEverythingWorksOnceThereIsRoom() throws Exception {
        store = SqliteStore.open(disk.resolve("blockdesk.db"));
        Chain chain = chainOf(8);
        Transaction waiting = transaction("alice");
        StoreSnapshot before = FullDisk.prepare(store, chain, waiting);

        Path filler = fill(disk.resolve("filler"));
        Map<String, Executable> writes = FullDisk.writes(store, chain, waiting);
        writes.put("appendBlock again", () -> store.appendBlock(chain.blocks().get(5), List.of()));
        writes.put("putSetting again", () -> store.putSetting("theme", "light"));
        FullDisk.assertEachFailsLeavingNothing(store, before, writes);

        Files.delete(filler);
        assertEquals(before, StoreSnapshot.of(store));
        store.appendBlock(chain.blocks().get(5), List.of());
        Block seven = chain.blocks().get(6);
        assertThrows(StoreException.class, () -> store.replaceBlocks(2, List.of(seven, seven), List.of(waiting)));
        assertEquals(6, store.blocks().size(), "a failed replacement is undone whole");
        assertEquals(List.of(), store.orphans(), "its orphans too");
        store.replaceBlocks(7, List.of(seven), List.of(waiting));
        store.addPending(transaction("carol"));
        store.putSetting("theme", "light");
        store.savePeers(List.of("127.0.0.1:5002"));
        StoreSnapshot after = StoreSnapshot.of(store);
        assertEquals(7, after.blocks().size());
        assertEquals(2, after.pending().size());

        store.close();
        store = SqliteStore.open(disk.resolve("blockdesk.db"));
        assertEquals(after, StoreSnapshot.of(store), "what was acknowledged is on disk");
    }

    /** Writes {@code file} until the disk has no room left. */
    private static Path fill(Path file) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(4096);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            while (true) {
                chunk.clear();
                out.write(chunk);
            }
        } catch (IOException e) {
            assumeTrue(
                    String.valueOf(e.getMessage()).contains("No space left"),
                    "filling the disk failed otherwise: " + e);
        }
        return file;
    }

    private static boolean isMountPoint(Path path) throws IOException {
        String target = path.toRealPath().toString();
        return Files.readAllLines(Path.of("/proc/self/mounts")).stream()
                .anyMatch(line -> line.split(" ")[1].equals(target));
    }

    private static int run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            return -1; // no such command
        }
    }
}
