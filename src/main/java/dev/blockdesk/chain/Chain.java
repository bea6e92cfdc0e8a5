package dev.blockdesk.chain;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An immutable, valid chain: blocks linked by hash, indexes counting up from the genesis block's
 * (1, 2, 3, ... in dvf). Instances come only from
 * {@link ChainValidator} or from appending a checked block, so holding one means the chain is valid.
 */
public final class Chain {

    /**
     * The array behind a chain and the chains appended to it. Each chain owns the first
     * {@code length} slots and never looks past them, so the chain that reaches the end of the
     * filled slots can append in place: appending is O(1), not a copy of every block.
     */
    private static final class Slots {
        private final Block[] blocks;
        private int filled; // guarded by this

        Slots(Block[] blocks, int filled) {
            this.blocks = blocks;
            this.filled = filled;
        }

        /** Takes slot {@code at} for {@code block}, if no chain has taken it and there is room. */
        synchronized boolean take(int at, Block block) {
            if (filled != at || at == blocks.length) {
                return false;
            }
            blocks[at] = block;
            filled = at + 1;
            return true;
        }
    }

    private static final byte[] SEPARATOR = {',', ' '};
    /** How many cut blocks {@link #prefix} subtracts to carry a known byte length, rather than leaving it to be counted. */
    private static final int CARRY_LENGTH_ACROSS = 10_000;

    private final Slots slots;
    private final int length;
    private final List<Block> blocks;
    /** What {@link #writeBlocks} writes, in bytes, once known; -1 before. Racy but idempotent, as String's hash is. */
    private long blocksLength = -1;

    Chain(List<Block> blocks) {
        this(new Slots(blocks.toArray(new Block[0]), blocks.size()), blocks.size());
    }

    private Chain(Slots slots, int length) {
        if (length == 0) {
            throw new IllegalArgumentException("a chain has at least its genesis block");
        }
        this.slots = slots;
        this.length = length;
        this.blocks = Collections.unmodifiableList(Arrays.asList(slots.blocks).subList(0, length));
    }

    /** A new chain holding only a genesis block made by {@code rules} at {@code genesisTimestamp}. */
    public static Chain startingAt(ChainRules rules, double genesisTimestamp) {
        return new Chain(List.of(rules.genesis(genesisTimestamp)));
    }

    public int length() {
        return length;
    }

    public Block tip() {
        return slots.blocks[length - 1];
    }

    public Block genesis() {
        return slots.blocks[0];
    }

    /** The block with the given index: the genesis block's index (1 in dvf) and up. */
    public Block block(long index) {
        long position = index - slots.blocks[0].index();
        if (position < 0 || position >= length) {
            throw new IndexOutOfBoundsException("no block " + index + " in a chain of " + length);
        }
        return slots.blocks[(int) position];
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** True when this chain's block at {@code index} has the hash {@code hash}: then it holds that block and every one below. */
    public boolean holds(long index, String hash) {
        return index >= genesis().index()
                && index <= tip().index()
                && block(index).hash().equals(hash);
    }

    /** True when {@code block} is on this chain, at its index. */
    public boolean holds(Block block) {
        return holds(block.index(), block.hash());
    }

    /**
     * The first {@code blocks} blocks of this chain, as a chain of its own; this chain is unchanged.
     * It shares this chain's array, owning its first {@code blocks} slots, so it costs no copy.
     */
    public Chain prefix(int blocks) {
        if (blocks < 1 || blocks > length) {
            throw new IllegalArgumentException("a chain of " + length + " blocks has no prefix of " + blocks);
        }
        if (blocks == length) {
            return this;
        }
        Chain prefix = new Chain(slots, blocks);
        long known = blocksLength;
        if (known >= 0 && length - blocks <= CARRY_LENGTH_ACROSS) {
            // a sync extends a prefix near our tip: its byte length is ours less the few blocks cut, not a walk over a
            // million
            for (int i = blocks; i < length; i++) {
                known -= 2 + slots.blocks[i].canonicalLength();
            }
            prefix.blocksLength = known;
        }
        return prefix;
    }

    /**
     * This chain with {@code block} on top. The caller has checked the proof of work; the link and
     * the index are checked here, so a chain can never hold a broken link. This chain is unchanged.
     */
    public Chain append(Block block) {
        Block tip = tip();
        if (block.index() != tip.index() + 1) {
            throw new IllegalArgumentException("block index is " + block.index() + ", expected " + (tip.index() + 1));
        }
        if (!block.previousHash().equals(tip.hash())) {
            throw new IllegalArgumentException("previous_hash does not match the hash of block " + tip.index());
        }
        block.shareLink(tip);
        Chain longer;
        if (slots.take(length, block)) {
            longer = new Chain(slots, length + 1);
        } else {
            // Another chain took the next slot (a fork), or the array is full: a new array with room to grow.
            Block[] grown = Arrays.copyOf(slots.blocks, length + Math.max(16, length >> 1));
            grown[length] = block;
            longer = new Chain(new Slots(grown, length + 1), length + 1);
        }
        long known = blocksLength;
        if (known >= 0) {
            longer.blocksLength = known + 2 + block.canonicalLength();
        }
        return longer;
    }

    /** Writes {@code {"chain": [...], "length": N}}, each block in canonical JSON. */
    public void writeDocument(OutputStream out) throws IOException {
        out.write("{\"chain\": [".getBytes(StandardCharsets.US_ASCII));
        writeBlocks(out);
        out.write(("], \"length\": " + length + "}").getBytes(StandardCharsets.US_ASCII));
    }

    /** Writes the blocks as a bare JSON array, each as {@code rules}' node writes it to a file ({@link ChainRules#fileJson}). */
    public void writeArray(OutputStream out, ChainRules rules) throws IOException {
        out.write('[');
        BlockBodies.forEachCanonical(blocks, (block, canonical) -> {
            if (block.index() != genesis().index()) {
                out.write(SEPARATOR);
            }
            out.write(rules.fileJson(block.withBytes(canonical)));
        });
        out.write(']');
    }

    /**
     * Writes the blocks' canonical JSON separated by {@code ", "}: the inside of a chain array. The
     * bodies a store keeps are read back a batch at a time, so a long chain streams from the store.
     */
    public void writeBlocks(OutputStream out) throws IOException {
        writeBlocks(out, 0, length);
    }

    /** As {@link #writeBlocks(OutputStream)}, for the blocks at positions {@code from} (inclusive) to {@code to} (exclusive). */
    public void writeBlocks(OutputStream out, int from, int to) throws IOException {
        BlockBodies.forEachCanonical(blocks.subList(from, to), (block, canonical) -> {
            if (block.index() != slots.blocks[from].index()) {
                out.write(SEPARATOR);
            }
            out.write(canonical);
        });
    }

    /**
     * How many blocks, from the genesis block up, this chain shares with {@code other}: 0 when their
     * genesis blocks differ. Blocks are linked by hash, so the shared blocks are one prefix, found by
     * bisection.
     */
    public int sharedPrefix(Chain other) {
        int low = 0;
        int high = Math.min(length, other.length);
        while (low < high) { // invariant: the first low blocks are shared; none from high on is
            int middle = (low + high + 1) >>> 1;
            if (slots.blocks[middle - 1].hash().equals(other.slots.blocks[middle - 1].hash())) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /**
     * How many bytes {@link #writeBlocks} writes, so an answer can carry its exact length. Counted
     * once, then carried along as blocks are appended: a chain that grows answers at once.
     */
    public long blocksLength() {
        long known = blocksLength;
        if (known < 0) {
            known = 2L * (length - 1);
            Block[] all = slots.blocks;
            for (int i = 0; i < length; i++) {
                known += all[i].canonicalLength();
            }
            blocksLength = known;
        }
        return known;
    }

    /** Chains are equal when their tips are: a tip's hash commits to every block below it. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Chain other
                && length() == other.length()
                && tip().hash().equals(other.tip().hash());
    }

    @Override
    public int hashCode() {
        return tip().hash().hashCode();
    }

    @Override
    public String toString() {
        return "chain of " + length + " blocks, tip " + tip().hash();
    }
}
