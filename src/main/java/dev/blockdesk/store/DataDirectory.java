package dev.blockdesk.store;

import dev.blockdesk.chain.ChainText;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A Blockdesk data directory: the database, the log, and a lock that keeps a second Blockdesk
 * process out while this one has the directory open. Close it to let go.
 */
public final class DataDirectory implements AutoCloseable {

    private static final String LOCK_FILE = "blockdesk.lock";

    private final Path path;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataDirectory(Path path, FileChannel lockChannel, FileLock lock) {
        this.path = path;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** The data directory when none is given: see {@link DefaultDataDirectory}. */
    public static Path defaultPath() {
        return DefaultDataDirectory.ofThisSystem().path();
    }

    /**
     * Creates the directory if needed and takes its lock; touches nothing else.
     *
     * @throws StoreException when the directory cannot be made or is in use by another Blockdesk
     */
    public static DataDirectory open(Path path) {
        Path dir = path.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException(ChainText.of("setup.dataDir.create", dir, String.valueOf(e.getMessage())), e);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw inUse(dir);
            }
            return new DataDirectory(dir, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(dir);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(ChainText.of("setup.dataDir.lock", dir, String.valueOf(e.getMessage())), e);
        }
    }

    private static StoreException inUse(Path dir) {
        return new StoreException(ChainText.of("setup.dataDir.inUse", dir), null);
    }

    public Path path() {
        return path;
    }

    public Path database() {
        return path.resolve("blockdesk.db");
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases the lock as well
        }
        closeQuietly(lockChannel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more can be done about a lock file that will not close
            }
        }
    }
}
