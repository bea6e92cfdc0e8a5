package dev.blockdesk.store;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.BlockBodies;
import dev.blockdesk.chain.BlockHeader;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.InvalidBlockException;
import dev.blockdesk.chain.Sha256;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One pass over the stored rows for {@link StoredChain}, keeping each block's header only. The rows
 * are read on the calling thread and checked a batch at a time on the other cores (hashing and
 * reading a block do not depend on the block before; the links and proofs are the validator's,
 * after). Stops taking rows at the first that cannot be read, saying why: in the quick way any
 * difference at all, in the thorough way what is wrong with it.
 */
final class StoredScan implements Store.RowVisitor {

    private static final String NOT_AS_RECORDED = "its content does not match the hash recorded when it was stored";
    private static final int BATCH = 2_000;
    private static final int PROGRESS_STEP = 1_000;
    /** Batches read ahead of the ones checked: bounds the rows held at once. */
    private static final int IN_FLIGHT = 4;

    private static final AtomicInteger THREADS = new AtomicInteger();

    private record Row(long index, String hash, byte[] canonical) {}

    /** A checked row: its block (quick: a header to build the block from), or why it is bad. */
    private record Checked(long index, String hash, BlockHeader header, Block full, String problem) {}

    private final BlockBodies bodies;
    private final ChainRules rules;
    private final boolean quick;
    private final StoredChain.Progress progress;
    private final int total;
    private final ExecutorService workers;
    private final ArrayDeque<Future<List<Checked>>> inFlight = new ArrayDeque<>();
    private final List<Block> blocks;
    private List<Row> batch = new ArrayList<>(BATCH);
    private String problem;
    private byte[] tipCanonical;
    private byte[] lastRead;

    private StoredScan(
            BlockBodies bodies,
            ChainRules rules,
            boolean quick,
            StoredChain.Progress progress,
            int total,
            ExecutorService workers) {
        this.bodies = bodies;
        this.rules = rules;
        this.quick = quick;
        this.progress = progress;
        this.total = total;
        this.workers = workers;
        this.blocks = new ArrayList<>(total);
    }

    /** Reads every stored row of {@code store} and checks it, the quick way or the thorough way. */
    static StoredScan run(Store store, ChainRules rules, boolean quick, StoredChain.Progress progress, int total) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        ExecutorService workers = Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, "blockdesk-check-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            StoredScan scan = new StoredScan(store.bodies(), rules, quick, progress, total, workers);
            store.scanBlocks(scan);
            scan.submit();
            while (!scan.inFlight.isEmpty()) {
                scan.takeOldest();
            }
            return scan;
        } finally {
            workers.shutdownNow();
        }
    }

    List<Block> blocks() {
        return blocks;
    }

    /** Why the scan stopped, or null when every row was read. */
    String problem() {
        return problem;
    }

    /** The newest block's stored bytes. */
    byte[] tipCanonical() {
        return tipCanonical;
    }

    @Override
    public void visit(long index, String hash, byte[] canonical) {
        if (problem != null) {
            return;
        }
        batch.add(new Row(index, hash, canonical));
        lastRead = canonical;
        if (batch.size() == BATCH) {
            submit();
            while (inFlight.size() > IN_FLIGHT && problem == null) {
                takeOldest();
            }
        }
    }

    private void submit() {
        if (batch.isEmpty()) {
            return;
        }
        List<Row> rows = batch;
        batch = new ArrayList<>(BATCH);
        inFlight.add(workers.submit(() -> {
            List<Checked> checked = new ArrayList<>(rows.size());
            for (Row row : rows) {
                checked.add(check(row));
            }
            return checked;
        }));
        tipCanonical = lastRead;
    }

    /** Adds the oldest batch's blocks in order, up to the first bad row. */
    private void takeOldest() {
        List<Checked> checked;
        try {
            checked = inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while the stored chain was checked", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException bug ? bug : new IllegalStateException(e.getCause());
        }
        for (Checked row : checked) {
            if (problem != null) {
                return;
            }
            long expected = rules.firstIndex() + blocks.size();
            if (row.index() != expected) {
                problem = describe(
                        expected, "stored with index " + row.index() + " where block " + expected + " belongs");
            } else if (row.problem() != null) {
                problem = describe(expected, row.problem());
            } else if (quick) {
                blocks.add(Block.stored(
                        row.header(), row.hash(), bodies, blocks.isEmpty() ? null : blocks.get(blocks.size() - 1)));
            } else {
                row.full().keepBodyIn(bodies);
                blocks.add(row.full());
            }
            if (problem == null && blocks.size() % PROGRESS_STEP == 0) {
                progress.checked(blocks.size(), total);
            }
        }
    }

    private String describe(long block, String why) {
        return quick ? "differs at block " + block + " (" + why + ")" : why;
    }

    /** One row checked on a worker: hashed and read, the quick way or the thorough way. */
    private Checked check(Row row) {
        try {
            if (quick) {
                String hash = Sha256.hex(row.canonical());
                if (!hash.equals(row.hash())) {
                    throw new InvalidBlockException(NOT_AS_RECORDED);
                }
                BlockHeader header = BlockHeader.read(row.canonical());
                if (header == null) {
                    throw new InvalidBlockException("its JSON is not a block read the quick way");
                }
                return new Checked(row.index(), hash, header, null, null);
            }
            Block block = Block.fromCanonical(row.canonical(), rules.hasher());
            if (!block.hash().equals(row.hash())) {
                throw new InvalidBlockException(NOT_AS_RECORDED);
            }
            return new Checked(row.index(), row.hash(), null, block, null);
        } catch (InvalidBlockException e) {
            return new Checked(row.index(), row.hash(), null, null, e.getMessage());
        }
    }
}
