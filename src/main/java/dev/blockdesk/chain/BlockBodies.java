package dev.blockdesk.chain;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the bodies (canonical JSON) of a long chain's blocks are kept instead of memory: the store.
 * A block handed to {@link Block#keepBodyIn} reads its body back from here whenever it is shown,
 * served or re-validated. Implementations are thread-safe and never wait on a write in progress.
 */
public interface BlockBodies {

    /** How many blocks' bodies are read back at once when a chain is walked: about half a megabyte of tutorial blocks. */
    int BATCH = 1_000;

    /** The first batch of a walk: what an answer starts with while the rest is read. */
    int FIRST_BATCH = 16;

    /**
     * The canonical JSON of the block with this index and hash.
     *
     * @throws IllegalStateException when it is no longer kept (a replacement dropped it long ago)
     */
    byte[] canonical(long index, String hash);

    /**
     * The canonical JSON of {@code blocks}, consecutive blocks of one chain in index order, in their
     * order. The default reads them one at a time; a store reads them in one query.
     */
    default List<byte[]> canonical(List<Block> blocks) {
        List<byte[]> bodies = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            bodies.add(canonical(block.index(), block.hash()));
        }
        return bodies;
    }

    /** Told each block of a walk with its canonical JSON (not to be changed or kept). */
    @FunctionalInterface
    interface CanonicalVisitor {
        void visit(Block block, byte[] canonical) throws IOException;
    }

    /**
     * Visits {@code blocks} (consecutive blocks of one chain, in order) with their canonical JSON,
     * reading the bodies the store keeps {@link #BATCH} at a time: how a long chain is served and
     * written to a file without being held in memory.
     */
    static void forEachCanonical(List<Block> blocks, CanonicalVisitor visitor) throws IOException {
        int at = 0;
        int batch = FIRST_BATCH; // small first, so an answer's first bytes leave at once; then doubling up to BATCH
        while (at < blocks.size()) {
            Block first = blocks.get(at);
            BlockBodies source = first.bodies();
            if (source == null) {
                visitor.visit(first, first.heldCanonical());
                at++;
                continue;
            }
            int end = at + 1;
            while (end < blocks.size() && end - at < batch && blocks.get(end).bodies() == source) {
                end++;
            }
            batch = Math.min(BATCH, batch * 2);
            List<Block> run = blocks.subList(at, end);
            List<byte[]> bodies = source.canonical(run);
            for (int i = 0; i < run.size(); i++) {
                visitor.visit(run.get(i), bodies.get(i));
            }
            at = end;
        }
    }

    /** Told each block of a walk, holding its body. */
    @FunctionalInterface
    interface BlockVisitor {
        void visit(Block block);
    }

    /**
     * Visits {@code blocks} (consecutive blocks of one chain, in order) each as a block holding its
     * body, read back {@link #BATCH} at a time: how every transaction of a long chain is read
     * without a query per block. The blocks visited are short-lived copies; keep the originals.
     */
    static void forEach(List<Block> blocks, BlockVisitor visitor) {
        try {
            forEachCanonical(blocks, (block, canonical) -> visitor.visit(block.withBody(canonical)));
        } catch (IOException e) {
            throw new IllegalStateException("reading blocks cannot fail on I/O here", e);
        }
    }
}
