package dev.blockdesk.store;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.InvalidBlockException;
import dev.blockdesk.chain.ValidationResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
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

    private static final byte[] OPEN = {'['};
    private static final byte[] COMMA = {',', ' '};
    private static final byte[] CLOSE = {']'};

    private StoredChain(Chain chain, Chain validPrefix, int badBlock, String reason) {
        this.chain = chain;
        this.validPrefix = validPrefix;
        this.badBlock = badBlock;
        this.reason = reason;
    }

    /** Loads and checks every stored block: its JSON, its recorded hash, and its place in the chain. */
    public static StoredChain load(Store store, ChainValidator validator) {
        List<StoredBlock> stored = store.blocks();
        if (stored.isEmpty()) {
            return new StoredChain(null, null, 0, null);
        }
        Chain chain = readAsOneDocument(stored, validator);
        return chain != null ? new StoredChain(chain, null, 0, null) : diagnose(stored, validator);
    }

    /**
     * The fast path: the rows read as one streamed chain document by the validator's streaming
     * parser, then every recorded hash and index compared. Null when anything is off; then
     * {@link #diagnose} goes row by row to name the first bad block.
     */
    private static Chain readAsOneDocument(List<StoredBlock> stored, ChainValidator validator) {
        List<InputStream> parts = new ArrayList<>(stored.size() * 2 + 1);
        parts.add(new ByteArrayInputStream(OPEN));
        for (int i = 0; i < stored.size(); i++) {
            if (i > 0) {
                parts.add(new ByteArrayInputStream(COMMA));
            }
            parts.add(new ByteArrayInputStream(stored.get(i).canonical()));
        }
        parts.add(new ByteArrayInputStream(CLOSE));
        ValidationResult result;
        try (InputStream document = new SequenceInputStream(Collections.enumeration(parts))) {
            result = validator.validate(document);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        Chain chain = result.chain().orElse(null);
        if (chain == null || chain.length() != stored.size()) {
            return null;
        }
        for (int i = 0; i < stored.size(); i++) {
            StoredBlock row = stored.get(i);
            if (row.index() != i + 1 || !row.hash().equals(chain.blocks().get(i).hash())) {
                return null;
            }
        }
        return chain;
    }

    private static StoredChain diagnose(List<StoredBlock> stored, ChainValidator validator) {
        List<Block> blocks = new ArrayList<>(stored.size());
        for (StoredBlock row : stored) {
            int position = blocks.size() + 1;
            String problem = null;
            Block block = null;
            if (row.index() != position) {
                problem = "stored with index " + row.index() + " where block " + position + " belongs";
            } else {
                try {
                    block = Block.fromCanonical(row.canonical());
                    if (!block.hash().equals(row.hash())) {
                        problem = "its content does not match the hash recorded when it was stored";
                    }
                } catch (InvalidBlockException e) {
                    problem = e.getMessage();
                }
            }
            if (problem != null) {
                return invalid(validator, blocks, position, problem);
            }
            blocks.add(block);
        }
        ValidationResult result = validator.validate(blocks);
        if (!result.isValid()) {
            return invalid(validator, blocks.subList(0, result.badBlock() - 1), result.badBlock(), result.reason());
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
