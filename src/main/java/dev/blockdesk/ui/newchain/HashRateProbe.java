package dev.blockdesk.ui.newchain;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.Miner;
import dev.blockdesk.chain.MiningJob;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * This machine's hash rate for a dialect's proof rule, measured briefly with the real {@link Miner}
 * as {@code blockdesk bench-mine} does: a search at a difficulty it will not finish, stopped after a
 * moment. Blocks its caller for that moment: call it off the FX thread.
 */
public final class HashRateProbe {

    /** Long enough for a steady figure on a warm JVM, short enough not to make a dialog wait. */
    public static final Duration BRIEFLY = Duration.ofMillis(600);
    private static final int UNREACHABLE_DIFFICULTY = 12;
    private static final double FIXED_GENESIS_TIMESTAMP = 1528705939.274652;

    private HashRateProbe() {
    }

    /**
     * Tries per second of {@code threads} mining threads on {@code dialect}'s proof rule over {@code time}.
     * pyscoop's rule hashes nothing and finds a proof in a few tries: its figure means little.
     */
    public static double measure(String dialect, int threads, Duration time) throws InterruptedException {
        ChainRules rules = Dialects.rules(dialect, UNREACHABLE_DIFFICULTY);
        Chain chain = Chain.startingAt(rules, FIXED_GENESIS_TIMESTAMP);
        try (Miner miner = new Miner(threads)) {
            MiningJob job = miner.mine(rules.proof().puzzleAfter(chain.tip()));
            try {
                job.result().get(time.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | CancellationException expected) {
                // the usual end: the search was never meant to finish
            } catch (ExecutionException e) {
                throw new IllegalStateException("the miner failed while the hash rate was measured", e.getCause());
            } finally {
                job.cancel();
            }
            return job.hashRate();
        }
    }
}
