package dev.blockdesk.app;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Blockchain;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.chain.Miner;
import dev.blockdesk.chain.PowPuzzle;
import dev.blockdesk.chain.ValidationResult;
import dev.blockdesk.store.SqliteStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code blockdesk bench-store}: start-up with a long stored chain, and the cost of appending at any height. */
@Command(
        name = "bench-store",
        mixinStandardHelpOptions = true,
        description = {
            "Stores the chain in FILE in a new data directory, then measures opening it (load and validate",
            "every block) and appending blocks, at height 10 and on top of the whole chain."
        })
final class BenchStoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A chain document, e.g. from tools/make_chain.py.")
    private Path file;

    @Option(
            names = "--difficulty",
            paramLabel = "N",
            defaultValue = "1",
            description = "Difficulty of the chain (default: ${DEFAULT-VALUE}).")
    private int difficulty;

    @Option(
            names = "--appends",
            paramLabel = "N",
            defaultValue = "200",
            description = "Blocks appended per height (default: ${DEFAULT-VALUE}).")
    private int appends;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Where to build the data directory (default: a new temporary one).")
    private Path dataDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ChainValidator validator = new ChainValidator(new DvfRules(difficulty));
        ValidationResult loaded = InputFiles.read(file, System.in, validator::validate);
        if (!loaded.isValid()) {
            spec.commandLine().getErr().println("bench-store: the chain is invalid: " + loaded.describe());
            return 1;
        }
        Chain chain = loaded.chain().orElseThrow();
        Path dir = dataDir != null ? Files.createDirectories(dataDir) : Files.createTempDirectory("blockdesk-bench");
        long start = System.nanoTime();
        try (SqliteStore store = SqliteStore.open(dir.resolve("blockdesk.db"))) {
            store.putSetting(NodeSetup.DIFFICULTY, Integer.toString(difficulty));
            store.replaceBlocks(1, chain.blocks(), List.of());
        }
        out.printf("stored %d blocks in %.2f s (one transaction) in %s%n", chain.length(), seconds(start), dir);

        start = System.nanoTime();
        Chain opened;
        try (NodeSetup setup = NodeSetup.open(dir, null, false, notice -> {})) {
            opened = setup.chain();
        }
        out.printf("start-up: opened, loaded and validated %d blocks in %.2f s%n", opened.length(), seconds(start));

        try (Miner miner = new Miner(1)) {
            double low = appendCost(
                    dir.resolve("low.db"), Chain.startingAt(new DvfRules(difficulty), Block.now()), 10, miner);
            double high = appendCost(dir.resolve("blockdesk.db"), opened, 0, miner);
            out.printf("append at height 10: %.3f ms a block%n", low);
            out.printf("append at height %d: %.3f ms a block%n", opened.length(), high);
        }
        out.flush();
        return 0;
    }

    /** Average milliseconds of {@code Store.appendBlock} over {@link #appends} blocks, after growing to {@code warmTo}. */
    private double appendCost(Path database, Chain start, int warmTo, Miner miner) throws Exception {
        Blockchain blockchain = new Blockchain(start, new DvfRules(difficulty), IntNode.valueOf(1));
        long nanos = 0;
        try (SqliteStore store = SqliteStore.open(database)) {
            if (store.blocks().isEmpty()) {
                store.replaceBlocks(1, start.blocks(), List.of());
            }
            int total = Math.max(0, warmTo - start.length()) + appends;
            for (int i = 0; i < total; i++) {
                PowPuzzle puzzle = blockchain.puzzle();
                long proof = miner.mine(puzzle).result().get();
                Block block = blockchain.nextBlock(puzzle, proof, "bench", Block.now());
                long t = System.nanoTime();
                store.appendBlock(block, List.of());
                if (blockchain.chain().length() >= warmTo) {
                    nanos += System.nanoTime() - t;
                }
                blockchain.append(block);
            }
        }
        return nanos / 1e6 / appends;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
