package dev.blockdesk.store;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.BlockHasher;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.InvalidBlockException;
import dev.blockdesk.chain.MalformedJsonException;
import dev.blockdesk.chain.ValidationResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

/**
 * The chain read back from a store and validated again: never a silent start on bad data. When a
 * block is bad, the result names it and offers the longest valid prefix to start from.
 */
public final class StoredChain {

    private final Chain chain;
    private final Chain validPrefix;
    private final int badBlock;
    private final String reason;

    private StoredChain(Chain chain, Chain validPrefix, int badBlock, String reason) {
        this.chain = chain;
        this.validPrefix = validPrefix;
        this.badBlock = badBlock;
        this.reason = reason;
    }

    /** Told how far a load has got. Called from the loading thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (checked, total) -> { };

        /** The rows as stored, before any is checked: enough to show them, not to trust them. */
        default void read(List<StoredBlock> rows) {
        }

        /** {@code checked} of {@code total} blocks are read back and hashed again. */
        void checked(int checked, int total);
    }

    private static final System.Logger LOG = System.getLogger(StoredChain.class.getName());
    private static final int PROGRESS_STEP = 1_000;
    private static final byte[] OPEN = {'['};
    private static final byte[] COMMA = {',', ' '};
    private static final byte[] CLOSE = {']'};

    /** As {@link #load(Store, ChainValidator, Progress)}, without progress. */
    public static StoredChain load(Store store, ChainValidator validator) {
        return load(store, validator, Progress.NONE);
    }

    /**
     * Loads and checks every stored block: its JSON, its recorded hash, and its place in the chain.
     * The rows are read as one streamed chain document by the same validator as a peer's chain;
     * when anything is off, {@link #diagnose} goes row by row to name the first bad block.
     */
    public static StoredChain load(Store store, ChainValidator validator, Progress progress) {
        List<StoredBlock> stored = store.blocks();
        int total = stored.size();
        if (total == 0) {
            return new StoredChain(null, null, 0, null);
        }
        progress.read(Collections.unmodifiableList(stored));
        Chain chain = readAsOneDocument(stored, validator, progress);
        StoredChain loaded = chain != null ? new StoredChain(chain, null, 0, null) : diagnose(stored, validator);
        progress.checked(total, total);
        return loaded;
    }

    /**
     * The fast path: the rows as the document {@code [row, row, ...]}, streamed (one parser for
     * all of them), then every recorded hash and index compared. Null when anything is off.
     */
    private static Chain readAsOneDocument(List<StoredBlock> stored, ChainValidator validator, Progress progress) {
        Enumeration<InputStream> parts = new Enumeration<>() {
            private int part; // 0: "[", then a separator and a row for each row, then "]"

            @Override
            public boolean hasMoreElements() {
                return part <= 2 * stored.size();
            }

            @Override
            public InputStream nextElement() {
                int at = part++;
                if (at == 0) {
                    return new ByteArrayInputStream(OPEN);
                }
                if (at == 2 * stored.size()) {
                    return new ByteArrayInputStream(CLOSE);
                }
                if (at % 2 == 0) {
                    return new ByteArrayInputStream(COMMA);
                }
                int row = at / 2; // rows before this one have been read
                if (row > 0 && row % PROGRESS_STEP == 0) {
                    progress.checked(row, stored.size());
                }
                return new ByteArrayInputStream(stored.get(row).canonical());
            }
        };
        ValidationResult result;
        try (InputStream document = new SequenceInputStream(parts)) {
            result = validator.validate(document);
        } catch (MalformedJsonException e) {
            return slowPath("does not read as JSON (" + e.getMessage() + ")");
        } catch (IOException e) {
            // The rows are in memory, so reading them cannot fail; should it, the slow path reads them one at a time.
            return slowPath("could not be read in one pass (" + e + ")");
        }
        // Anything else thrown is a bug, not bad data: it is not taken for a damaged chain.
        Chain chain = result.chain().orElse(null);
        if (chain == null) {
            return slowPath("is not valid (" + result.describe() + ")");
        }
        if (chain.length() != stored.size()) {
            return slowPath("reads as " + chain.length() + " blocks from " + stored.size() + " rows");
        }
        for (int i = 0; i < stored.size(); i++) {
            StoredBlock row = stored.get(i);
            if (row.index() != validator.rules().firstIndex() + i || !row.hash().equals(chain.blocks().get(i).hash())) {
                return slowPath("does not match the index or hash recorded with block " + row.index());
            }
        }
        return chain;
    }

    /** Says why the fast path gave up; null, for {@link #diagnose} to go row by row. */
    private static Chain slowPath(String why) {
        LOG.log(System.Logger.Level.WARNING, "the stored chain " + why + "; checking it row by row to name the first bad block");
        return null;
    }

    /** The slow path, for a chain known to be bad: row by row, to name the first bad block whatever is wrong with it. */
    private static StoredChain diagnose(List<StoredBlock> stored, ChainValidator validator) {
        List<Block> blocks = new ArrayList<>(stored.size());
        String problem = null;
        ChainRules rules = validator.rules();
        for (StoredBlock row : stored) {
            try {
                blocks.add(read(row, rules.firstIndex() + blocks.size(), rules.hasher()));
            } catch (InvalidBlockException e) {
                problem = e.getMessage();
                break;
            }
        }
        ValidationResult result = blocks.isEmpty() ? null : validator.validate(blocks);
        if (result != null && !result.isValid()) {
            return invalid(validator, blocks.subList(0, result.badBlock() - 1), result.badBlock(), result.reason());
        }
        if (problem != null) {
            return new StoredChain(null, result == null ? null : result.chain().orElseThrow(), blocks.size() + 1, problem);
        }
        return new StoredChain(result.chain().orElseThrow(), null, 0, null); // valid after all, read one row at a time
    }

    /** One row as a block hashed by the chain's rules, checked against the index and hash recorded with it. */
    private static Block read(StoredBlock row, long index, BlockHasher hasher) throws InvalidBlockException {
        if (row.index() != index) {
            throw new InvalidBlockException("stored with index " + row.index() + " where block " + index + " belongs");
        }
        Block block = Block.fromCanonical(row.canonical(), hasher);
        if (!block.hash().equals(row.hash())) {
            throw new InvalidBlockException("its content does not match the hash recorded when it was stored");
        }
        return block;
    }

    private static StoredChain invalid(ChainValidator validator, List<Block> before, int badBlock, String reason) {
        Chain prefix = null;
        if (!before.isEmpty()) {
            ValidationResult check = validator.validate(before);
            prefix = check.chain().orElse(null);
        }
        return new StoredChain(null, prefix, badBlock, reason);
    }

    /** True when nothing is stored yet: a new data directory. */
    public boolean isEmpty() {
        return chain == null && badBlock == 0;
    }

    public boolean isValid() {
        return chain != null;
    }

    public Optional<Chain> chain() {
        return Optional.ofNullable(chain);
    }

    /** The valid blocks before the first bad one, if there are any. */
    public Optional<Chain> validPrefix() {
        return Optional.ofNullable(validPrefix);
    }

    public int badBlock() {
        return badBlock;
    }

    /** {@code the stored chain is invalid at block 7: previous_hash does not match the hash of block 6}. */
    public String problem() {
        return reason == null ? null : "the stored chain is invalid at block " + badBlock + ": " + reason;
    }
}
