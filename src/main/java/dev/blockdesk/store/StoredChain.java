package dev.blockdesk.store;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.BlockHasher;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.InvalidBlockException;
import dev.blockdesk.chain.ValidationResult;
import java.util.Collections;
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
        Progress NONE = (checked, total) -> {};

        /**
         * The newest rows as stored, newest first, before any is checked (at most {@link #PREVIEW}
         * of {@code total}): enough to show them, not to trust them.
         */
        default void read(List<StoredBlock> newestFirst, int total) {}

        /** {@code checked} of {@code total} blocks are read back and checked. */
        void checked(int checked, int total);
    }

    /** How many of the newest stored blocks a window is shown while the chain is checked. */
    public static final int PREVIEW = 200;

    private static final System.Logger LOG = System.getLogger(StoredChain.class.getName());

    /** As {@link #load(Store, ChainValidator, Progress)}, without progress. */
    public static StoredChain load(Store store, ChainValidator validator) {
        return load(store, validator, Progress.NONE);
    }

    /**
     * Loads the stored chain and checks it, never starting silently on bad data; the blocks keep
     * their bodies in the store ({@link Block#keepBodyIn}), so a long chain costs its headers.
     *
     * <p>Where the dialect hashes a block's canonical JSON (dvf, dvf-early) the check is quick and
     * still complete for what can go wrong on disk: each row's bytes must hash to the hash recorded
     * with it, its header (index, previous_hash, proof, timestamp, transactions) is read from those
     * bytes in one streaming pass, and the chain's validator checks every link, proof and the genesis
     * block on those headers; the newest block is also read back in full. Any difference sends the
     * load down the thorough path, which parses and re-hashes every block as a peer's would be and
     * names the first bad one. Other dialects always take the thorough path.
     */
    public static StoredChain load(Store store, ChainValidator validator, Progress progress) {
        int total = Math.toIntExact(store.blockCount());
        if (total == 0) {
            return new StoredChain(null, null, 0, null);
        }
        progress.read(Collections.unmodifiableList(store.newestBlocks(PREVIEW)), total);
        ChainRules rules = validator.rules();
        StoredChain loaded = null;
        if (rules.hasher() == BlockHasher.SORTED_JSON) {
            long start = System.nanoTime();
            StoredScan quick = StoredScan.run(store, rules, true, progress, total);
            long scanned = System.nanoTime();
            loaded = quick.problem() == null ? quickVerdict(quick, validator) : slowPath(quick.problem());
            if (loaded != null) {
                LOG.log(
                        System.Logger.Level.INFO,
                        "{0} stored blocks checked in {1} ms: read, hashed and their headers read in {2} ms,"
                                + " links and proofs in {3} ms",
                        total,
                        (System.nanoTime() - start) / 1_000_000,
                        (scanned - start) / 1_000_000,
                        (System.nanoTime() - scanned) / 1_000_000);
            }
        }
        if (loaded == null) {
            loaded = verdict(StoredScan.run(store, rules, false, progress, total), validator);
        }
        progress.checked(total, total);
        return loaded;
    }

    /** The quick path's verdict: a valid chain whose newest block reads back the same in full, or null for the thorough path. */
    private static StoredChain quickVerdict(StoredScan quick, ChainValidator validator) {
        ValidationResult result = validator.validate(quick.blocks());
        if (!result.isValid()) {
            return slowPath("is not valid (" + result.describe() + ")");
        }
        Block tip = quick.blocks().get(quick.blocks().size() - 1);
        try {
            Block again =
                    Block.fromCanonical(quick.tipCanonical(), validator.rules().hasher());
            if (!again.hash().equals(tip.hash()) || again.transactionCount() != tip.transactionCount()) {
                return slowPath("has a newest block that does not read back as stored");
            }
        } catch (InvalidBlockException e) {
            return slowPath("has a newest block that does not read back (" + e.getMessage() + ")");
        }
        return new StoredChain(result.chain().orElseThrow(), null, 0, null);
    }

    /** Says why the quick path gave up; null, for the thorough path to go row by row. */
    private static StoredChain slowPath(String why) {
        LOG.log(
                System.Logger.Level.WARNING,
                "the stored chain " + why + "; checking every block in full to name the first bad one");
        return null;
    }

    /** The thorough path's verdict: the first unreadable row, or the first block the validator refuses, is named. */
    private static StoredChain verdict(StoredScan thorough, ChainValidator validator) {
        List<Block> blocks = thorough.blocks();
        ValidationResult result = blocks.isEmpty() ? null : validator.validate(blocks);
        if (result != null && !result.isValid()) {
            return invalid(validator, blocks.subList(0, result.badBlock() - 1), result.badBlock(), result.reason());
        }
        if (thorough.problem() != null) {
            return new StoredChain(
                    null, result == null ? null : result.chain().orElseThrow(), blocks.size() + 1, thorough.problem());
        }
        return new StoredChain(result.chain().orElseThrow(), null, 0, null);
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
