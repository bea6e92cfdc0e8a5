package dev.blockdesk.app;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.ProofOfWork;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.node.NodeIds;
import dev.blockdesk.store.DataDirectory;
import dev.blockdesk.store.SqliteStore;
import dev.blockdesk.store.StoreException;
import dev.blockdesk.store.StoredChain;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Opens a data directory for a node, the desktop, {@code import} or {@code export}: takes its
 * lock, opens the database, and loads and re-validates the stored chain. Never starts silently on
 * bad data: an invalid stored chain is refused with the first bad block named, unless recovery to
 * the longest valid prefix was asked for.
 */
public final class NodeSetup implements AutoCloseable {

    static final String NODE_ID = "node_id";
    static final String DIFFICULTY = "difficulty";
    static final String REWARD = "reward";

    private final DataDirectory directory;
    private final SqliteStore store;
    private final String nodeId;
    private final int difficulty;
    private final Chain chain;
    private final List<Transaction> pending;

    private NodeSetup(DataDirectory directory, SqliteStore store, String nodeId, int difficulty, Chain chain, List<Transaction> pending) {
        this.directory = directory;
        this.store = store;
        this.nodeId = nodeId;
        this.difficulty = difficulty;
        this.chain = chain;
        this.pending = pending;
    }

    /** Thrown when the stored chain is invalid and recovery was not asked for. */
    public static final class InvalidStoredChainException extends Exception {
        private final int validBlocks;

        InvalidStoredChainException(String message, int validBlocks) {
            super(message);
            this.validBlocks = validBlocks;
        }

        /** How many blocks recovery would keep. */
        public int validBlocks() {
            return validBlocks;
        }
    }

    /**
     * @param difficultyOption the difficulty given on the command line, or null for the stored one (default 4)
     * @param recover          start from the longest valid prefix when the stored chain is invalid
     * @param notice           where to say what recovery did
     */
    public static NodeSetup open(Path dataDir, Integer difficultyOption, boolean recover, Consumer<String> notice)
            throws InvalidStoredChainException {
        DataDirectory directory = DataDirectory.open(dataDir);
        SqliteStore store = null;
        try {
            store = SqliteStore.open(directory.database());
            String nodeId = store.setting(NODE_ID).orElse(null);
            if (nodeId == null) {
                nodeId = NodeIds.random();
                store.putSetting(NODE_ID, nodeId);
            }
            int difficulty = difficultyOption != null ? difficultyOption
                    : store.setting(DIFFICULTY).map(Integer::parseInt).orElse(ProofOfWork.DEFAULT_DIFFICULTY);
            store.putSetting(DIFFICULTY, Integer.toString(difficulty));
            StoredChain stored = StoredChain.load(store, new ChainValidator(new ProofOfWork(difficulty)));
            Chain chain;
            if (stored.isEmpty()) {
                chain = Chain.startingAt(Block.now());
                store.replaceBlocks(1, chain.blocks(), List.of());
            } else if (stored.isValid()) {
                chain = stored.chain().orElseThrow();
            } else {
                Optional<Chain> prefix = stored.validPrefix();
                int keep = prefix.map(Chain::length).orElse(0);
                if (!recover) {
                    throw new InvalidStoredChainException(stored.problem(), keep);
                }
                chain = prefix.orElseGet(() -> Chain.startingAt(Block.now()));
                store.replaceBlocks(keep + 1L, keep == 0 ? chain.blocks() : List.of(), store.pending());
                notice.accept(stored.problem() + "; recovered: starting from the " + chain.length() + " valid blocks before it"
                        + (keep == 0 ? " (a new genesis block)" : ""));
            }
            return new NodeSetup(directory, store, nodeId, difficulty, chain, store.pending());
        } catch (InvalidStoredChainException | RuntimeException e) {
            if (store != null) {
                store.close();
            }
            directory.close();
            throw e;
        }
    }

    public SqliteStore store() {
        return store;
    }

    public String nodeId() {
        return nodeId;
    }

    public int difficulty() {
        return difficulty;
    }

    public Chain chain() {
        return chain;
    }

    public List<Transaction> pending() {
        return pending;
    }

    public Path path() {
        return directory.path();
    }

    /** Closes the database, then lets go of the directory. */
    @Override
    public void close() {
        try {
            store.close();
        } catch (StoreException e) {
            System.getLogger(NodeSetup.class.getName()).log(System.Logger.Level.ERROR, "closing the store", e);
        } finally {
            directory.close();
        }
    }
}
