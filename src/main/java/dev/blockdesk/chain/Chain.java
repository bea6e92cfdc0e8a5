package dev.blockdesk.chain;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An immutable, valid chain: blocks 1..n linked by hash. Instances come only from
 * {@link ChainValidator} or from appending a checked block, so holding one means the chain is valid.
 */
public final class Chain {

    private final List<Block> blocks;

    Chain(List<Block> blocks) {
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("a chain has at least its genesis block");
        }
        this.blocks = Collections.unmodifiableList(blocks);
    }

    /** A new chain holding only a genesis block made now. */
    public static Chain startingAt(double genesisTimestamp) {
        return new Chain(List.of(Block.genesis(genesisTimestamp)));
    }

    public int length() {
        return blocks.size();
    }

    public Block tip() {
        return blocks.get(blocks.size() - 1);
    }

    public Block genesis() {
        return blocks.get(0);
    }

    /** The block with the given 1-based index. */
    public Block block(long index) {
        if (index < 1 || index > blocks.size()) {
            throw new IndexOutOfBoundsException("no block " + index + " in a chain of " + blocks.size());
        }
        return blocks.get((int) (index - 1));
    }

    public List<Block> blocks() {
        return blocks;
    }

    /**
     * This chain with {@code block} on top. The caller has checked the proof of work; the link and
     * the index are checked here, so a chain can never hold a broken link.
     */
    public Chain append(Block block) {
        Block tip = tip();
        if (block.index() != tip.index() + 1) {
            throw new IllegalArgumentException("block index is " + block.index() + ", expected " + (tip.index() + 1));
        }
        if (!block.previousHash().equals(tip.hash())) {
            throw new IllegalArgumentException("previous_hash does not match the hash of block " + tip.index());
        }
        List<Block> longer = new ArrayList<>(blocks.size() + 1);
        longer.addAll(blocks);
        longer.add(block);
        return new Chain(longer);
    }

    /** Writes {@code {"chain": [...], "length": N}}, each block in canonical JSON. */
    public void writeDocument(OutputStream out) throws IOException {
        out.write("{\"chain\": [".getBytes(StandardCharsets.US_ASCII));
        writeBlocks(out);
        out.write(("], \"length\": " + blocks.size() + "}").getBytes(StandardCharsets.US_ASCII));
    }

    /** Writes the blocks' canonical JSON separated by {@code ", "}: the inside of a chain array, copied from each block's bytes. */
    public void writeBlocks(OutputStream out) throws IOException {
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                out.write(',');
                out.write(' ');
            }
            blocks.get(i).writeCanonical(out);
        }
    }

    /** How many bytes {@link #writeBlocks} writes, so an answer can carry its exact length. */
    public long blocksLength() {
        long length = 2L * (blocks.size() - 1);
        for (Block block : blocks) {
            length += block.canonicalLength();
        }
        return length;
    }

    /** Chains are equal when their tips are: a tip's hash commits to every block below it. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Chain other && length() == other.length() && tip().hash().equals(other.tip().hash());
    }

    @Override
    public int hashCode() {
        return tip().hash().hashCode();
    }

    @Override
    public String toString() {
        return "chain of " + blocks.size() + " blocks, tip " + tip().hash();
    }
}
