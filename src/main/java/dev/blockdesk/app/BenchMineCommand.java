package dev.blockdesk.app;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.blockdesk.chain.Blockchain;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.InvalidTransactionException;
import dev.blockdesk.chain.Miner;
import dev.blockdesk.chain.MiningJob;
import dev.blockdesk.chain.ProofOfWork;
import dev.blockdesk.chain.Sha256;
import dev.blockdesk.chain.StaleProofException;
import java.io.PrintWriter;
import java.security.DigestException;
import java.security.MessageDigest;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code blockdesk bench-mine}: how fast this machine mines, per thread and in all. */
@Command(
        name = "bench-mine",
        mixinStandardHelpOptions = true,
        description = {
            "Mines blocks on top of a fixed genesis block for a while and reports the hash rate.",
            "The last line is 'hashes/s: <number>', after the per-thread figures."
        })
final class BenchMineCommand implements Callable<Integer> {

    private static final double FIXED_GENESIS_TIMESTAMP = 1528705939.274652;
    private static final String MINER_ID = "be9c5e0c0d5b4e6c9f2b1a0d3c4e5f60";

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--seconds",
            paramLabel = "S",
            defaultValue = "5",
            description = "How long to mine (default: ${DEFAULT-VALUE}).")
    private double seconds;

    @Option(
            names = "--threads",
            paramLabel = "T",
            defaultValue = "0",
            description = "Mining threads; 0 means one per core (default).")
    private int threads;

    @Option(
            names = "--difficulty",
            paramLabel = "N",
            defaultValue = "6",
            description =
                    "Leading zero hex digits (default: ${DEFAULT-VALUE}: a few blocks a second, so the rate is mostly hashing).")
    private int difficulty;

    @Option(
            names = "--dialect",
            paramLabel = "ID",
            defaultValue = "dvf",
            description = "The dialect whose proof rule is mined: dvf (default), dvf-early, chain-study or pyscoop.")
    private String dialect;

    @Option(
            names = "--baseline",
            description =
                    "First measure raw single-thread MessageDigest SHA-256 on an 80-byte message, for comparison.")
    private boolean baseline;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (seconds <= 0 || threads < 0 || difficulty < 0 || difficulty > ProofOfWork.MAX_DIFFICULTY) {
            spec.commandLine()
                    .getErr()
                    .println("bench-mine: --seconds must be positive, --threads 0 or more, --difficulty 0 to 64");
            return BlockdeskCommand.EXIT_BAD_INPUT;
        }
        try {
            Dialects.rules(dialect, 0);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("bench-mine: --dialect: " + e.getMessage());
            return BlockdeskCommand.EXIT_BAD_INPUT;
        }
        if (baseline) {
            out.printf(
                    "baseline: MessageDigest SHA-256, 80-byte message, 1 thread: %.0f hashes/s%n",
                    rawDigestRate(Math.min(seconds, 3)));
            out.flush();
        }
        try (Miner miner = new Miner(threads)) {
            ChainRules rules = Dialects.rules(dialect, difficulty);
            Blockchain blockchain =
                    new Blockchain(Chain.startingAt(rules, FIXED_GENESIS_TIMESTAMP), rules, IntNode.valueOf(1));
            long[] tries = new long[miner.threads()];
            int blocks = 0;
            long start = System.nanoTime();
            long deadline = start + (long) (seconds * 1e9);
            while (System.nanoTime() < deadline) {
                MiningJob job = miner.mine(blockchain.puzzle());
                Long proof = null;
                try {
                    proof = job.result().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    job.cancel();
                    job.result().handle((p, error) -> null).join();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("mining failed", e.getCause());
                }
                for (int t = 0; t < tries.length; t++) {
                    tries[t] += job.tries(t);
                }
                if (proof != null) {
                    blockchain.forge(job.puzzle(), proof, MINER_ID, System.currentTimeMillis() / 1000.0);
                    blocks++;
                }
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            long total = 0;
            for (int t = 0; t < tries.length; t++) {
                out.printf("thread %d: %d hashes, %.0f hashes/s%n", t + 1, tries[t], tries[t] / elapsed);
                total += tries[t];
            }
            out.printf(
                    "dialect: %s, threads: %d, difficulty: %d, seconds: %.2f, blocks mined: %d%n",
                    rules.id(), tries.length, difficulty, elapsed, blocks);
            out.printf("hashes/s: %.0f%n", total / elapsed);
            out.flush();
            return 0;
        } catch (InvalidTransactionException | StaleProofException e) {
            throw new IllegalStateException("the benchmark chain is ours alone", e);
        }
    }

    /** Hashes per second of a bare MessageDigest loop: the ceiling the miner is measured against. */
    static double rawDigestRate(double seconds) {
        MessageDigest digest = Sha256.newDigest();
        byte[] message = new byte[80];
        byte[] out = new byte[32];
        long count = 0;
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        try {
            while (System.nanoTime() < deadline) {
                for (int i = 0; i < 1024; i++) {
                    message[i & 63]++;
                    digest.update(message, 0, message.length);
                    digest.digest(out, 0, out.length);
                }
                count += 1024;
            }
        } catch (DigestException e) {
            throw new IllegalStateException("a 32-byte buffer holds a SHA-256 digest", e);
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
