package dev.blockdesk.app;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.ChainText;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.chain.Explained;
import dev.blockdesk.chain.ProofOfWork;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.node.Node;
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
 * lock, opens the database, and loads and re-validates the stored chain (in two steps, so the
 * desktop can show its window while the chain is checked). Never starts silently on
 * bad data: an invalid stored chain is refused with the first bad block named, unless recovery to
 * the longest valid prefix was asked for.
 */
public final class NodeSetup implements AutoCloseable {

    static final String NODE_ID = "node_id";
    static final String DIFFICULTY = "difficulty";
    static final String REWARD = "reward";
    static final String DIALECT = Node.DIALECT_SETTING;
    private static final System.Logger LOG = System.getLogger(NodeSetup.class.getName());

    private final DataDirectory directory;
    private final SqliteStore store;
    private final String nodeId;
    private volatile int difficulty;
    private volatile String dialect;
    private Chain chain;
    private List<Transaction> pending;

    private NodeSetup(DataDirectory directory, SqliteStore store, String nodeId, int difficulty, String dialect) {
        this.directory = directory;
        this.store = store;
        this.nodeId = nodeId;
        this.difficulty = difficulty;
        this.dialect = dialect;
    }

    /** Thrown when the stored chain is invalid and recovery was not asked for. */
    public static final class InvalidStoredChainException extends Exception implements Explained {
        private static final String INVALID_AT = "the stored chain is invalid at block ";

        private final int validBlocks;
        private final transient ChainText text;

        InvalidStoredChainException(String message, int validBlocks) {
            super(message);
            this.validBlocks = validBlocks;
            this.text = message == null ? null : said(message);
        }

        /** The problem, "the stored chain is invalid at block 7: why", with its sentence around the reason translated. */
        private static ChainText said(String problem) {
            int colon = problem.indexOf(": ", INVALID_AT.length());
            if (problem.startsWith(INVALID_AT) && colon > 0) {
                return ChainText.of(
                        "setup.storedInvalid",
                        problem.substring(INVALID_AT.length(), colon),
                        ChainText.verbatim(problem.substring(colon + 2)));
            }
            return ChainText.verbatim(problem);
        }

        /** The problem in any language ({@link ChainText#in}); {@link #getMessage()} is its English. */
        @Override
        public ChainText text() {
            return text;
        }

        /** How many blocks recovery would keep. */
        public int validBlocks() {
            return validBlocks;
        }
    }

    /**
     * Opens the data directory and loads its chain: {@link #openStore} then {@link #loadChain}.
     *
     * @param difficultyOption the difficulty given on the command line, or null for the stored one (default 4)
     * @param recover          start from the longest valid prefix when the stored chain is invalid
     * @param notice           where to say what recovery did
     */
    public static NodeSetup open(Path dataDir, Integer difficultyOption, boolean recover, Consumer<String> notice)
            throws InvalidStoredChainException {
        return open(dataDir, difficultyOption, null, recover, notice);
    }

    /**
     * As {@link #open(Path, Integer, boolean, Consumer)}, asking for a dialect (see {@link #openStore(Path, Integer, String)}).
     *
     * @param dialectOption the dialect asked for on the command line, or null for the data directory's
     */
    public static NodeSetup open(
            Path dataDir, Integer difficultyOption, String dialectOption, boolean recover, Consumer<String> notice)
            throws InvalidStoredChainException {
        NodeSetup setup = openStore(dataDir, difficultyOption, dialectOption);
        try {
            setup.loadChain(recover, notice, StoredChain.Progress.NONE);
            return setup;
        } catch (InvalidStoredChainException | RuntimeException e) {
            setup.close();
            throw e;
        }
    }

    /**
     * The quick half of opening, for a window that shows itself before the chain is checked: takes
     * the directory's lock, opens the database, and reads the node id and the difficulty. The
     * settings can be read at once; {@link #chain()} waits for {@link #loadChain}.
     */
    public static NodeSetup openStore(Path dataDir, Integer difficultyOption) {
        return openStore(dataDir, difficultyOption, null);
    }

    /**
     * As {@link #openStore(Path, Integer)}, with the dialect: a data directory records its dialect
     * when its chain is created and keeps it (one made before dialects holds a dvf chain). Another
     * dialect may be asked for while the chain is only its genesis block, which is then made anew;
     * asked for on a chain with mined blocks, it is refused with an {@link IllegalArgumentException}
     * and nothing changes.
     *
     * @param dialectOption the dialect asked for, or null for the data directory's (dvf for a new one)
     */
    public static NodeSetup openStore(Path dataDir, Integer difficultyOption, String dialectOption) {
        String asked =
                dialectOption == null ? null : Dialects.rules(dialectOption, 0).id();
        DataDirectory directory = DataDirectory.open(dataDir);
        SqliteStore store = null;
        try {
            store = SqliteStore.open(directory.database());
            String nodeId = store.setting(NODE_ID).orElse(null);
            if (nodeId == null) {
                nodeId = NodeIds.random();
                store.putSetting(NODE_ID, nodeId);
            }
            int difficulty = difficultyOption != null
                    ? difficultyOption
                    : new StoredSettings(store)
                            .integer(DIFFICULTY, ProofOfWork.DEFAULT_DIFFICULTY, 0, ProofOfWork.MAX_DIFFICULTY);
            store.putSetting(DIFFICULTY, Integer.toString(difficulty));
            return new NodeSetup(directory, store, nodeId, difficulty, dialect(store, asked, directory.path()));
        } catch (RuntimeException e) {
            if (store != null) {
                store.close();
            }
            directory.close();
            throw e;
        }
    }

    private static String dialect(SqliteStore store, String asked, Path path) {
        String stored = store.setting(DIALECT).orElse(null);
        long blocks = store.blockCount();
        String current = stored != null ? stored : blocks > 0 ? DvfRules.ID : null;
        String chosen;
        if (current == null || asked == null || asked.equals(current)) {
            chosen = current != null ? current : asked != null ? asked : DvfRules.ID;
        } else if (blocks > 1) {
            throw new InvalidChoiceException(ChainText.of("setup.otherDialect", path, current, blocks, asked));
        } else {
            // replaceChain, not replaceBlocks: the genesis block given up is of the old dialect, not kept as an orphan.
            store.replaceChain(List.of(), store.pending(), DIALECT, asked);
            LOG.log(
                    System.Logger.Level.INFO,
                    "the chain in {0} was only a {1} genesis block: it starts anew as a {2} chain",
                    path,
                    current,
                    asked);
            chosen = asked;
        }
        if (!chosen.equals(stored)) {
            store.putSetting(DIALECT, chosen);
        }
        return chosen;
    }

    /**
     * The slow half: loads the stored chain and validates it again, block by block. A new data
     * directory gets a genesis block. When the stored chain is invalid this throws and changes
     * nothing, unless {@code recover} is given; the setup stays open, so it can be called again
     * with {@code recover} once the user has agreed.
     */
    private static final int RETURN_MEMORY_FROM = 100_000;

    public void loadChain(boolean recover, Consumer<String> notice, StoredChain.Progress progress)
            throws InvalidStoredChainException {
        StoredChain stored = StoredChain.load(store, new ChainValidator(rules()), progress);
        Chain loaded;
        if (stored.isEmpty()) {
            loaded = Chain.startingAt(rules(), Block.now());
            store.replaceBlocks(Long.MIN_VALUE, loaded.blocks(), List.of());
        } else if (stored.isValid()) {
            loaded = stored.chain().orElseThrow();
        } else {
            Optional<Chain> prefix = stored.validPrefix();
            int keep = prefix.map(Chain::length).orElse(0);
            if (!recover) {
                throw new InvalidStoredChainException(stored.problem(), keep);
            }
            loaded = prefix.orElseGet(() -> Chain.startingAt(rules(), Block.now()));
            store.replaceBlocks(
                    keep == 0 ? Long.MIN_VALUE : rules().firstIndex() + keep,
                    keep == 0 ? loaded.blocks() : List.of(),
                    store.pending());
            notice.accept(stored.problem() + "; recovered: starting from the " + loaded.length()
                    + " valid blocks before it" + (keep == 0 ? " (a new genesis block)" : ""));
        }
        pending = store.pending();
        chain = loaded;
        if (loaded.length() >= RETURN_MEMORY_FROM) {
            // Checking a long chain streams its stored bytes through the heap once; a full collection now
            // gives the grown heap back to the system, so a long chain costs its headers in resident memory.
            System.gc();
        }
    }

    /** The data directory was started over ({@link ChainReset}): its chain is {@code fresh}, of {@code choice}. */
    void startedOver(NewChain choice, Chain fresh) {
        dialect = choice.dialect();
        difficulty = choice.difficulty();
        chain = fresh;
        pending = List.of();
    }

    public SqliteStore store() {
        return store;
    }

    /** The store's settings as typed values; a damaged one falls back to its default, with a warning in the log. */
    public StoredSettings settings() {
        return new StoredSettings(store);
    }

    public String nodeId() {
        return nodeId;
    }

    public int difficulty() {
        return difficulty;
    }

    /** The dialect of this data directory's chain. */
    public String dialect() {
        return dialect;
    }

    /** The chain rules of this data directory: its dialect at {@link #difficulty}. */
    public ChainRules rules() {
        return Dialects.rules(dialect, difficulty);
    }

    /** The validated chain; only after {@link #loadChain}. */
    public Chain chain() {
        if (chain == null) {
            throw new IllegalStateException("the chain is not loaded yet");
        }
        return chain;
    }

    /** The stored pending transactions, read with the chain. */
    public List<Transaction> pending() {
        chain();
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
