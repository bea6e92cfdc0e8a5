package dev.blockdesk.ui.newchain;

import dev.blockdesk.app.NewChain;
import java.nio.file.Path;
import java.time.Instant;

/**
 * What File → New chain… asks of the application: the facts a reset would change, this machine's
 * hash rate, and the two ways to start. The application passes its own; view-model tests a fake.
 */
public interface ChainStarter {

    /** The node and data directory as they are now. FX thread; never waits. */
    Current current();

    /** Tries per second this node's miner makes on {@code dialect}'s proof rule. Off the FX thread: takes a moment. */
    double hashRate(String dialect) throws Exception;

    /**
     * Resets this data directory: the old chain written to a file in it, then a chain of
     * {@code choice} started, the window following. Off the FX thread. Nothing changes on failure.
     *
     * @param at the time the user confirmed, which names the file
     * @return the file the old chain was written to
     */
    Path reset(NewChain choice, Instant at) throws Exception;

    /**
     * Makes {@code dir} a data directory holding a chain of {@code choice} and opens a window on it;
     * this window's node keeps running. Off the FX thread.
     *
     * @return what the user is told: where the new window's chain is
     */
    String openNew(java.nio.file.Path dir, NewChain choice) throws Exception;

    /**
     * The node and its data directory as they are now.
     *
     * @param dataDir      where this node keeps its data
     * @param dialect      the dialect it speaks
     * @param difficulty   its difficulty
     * @param reward       its mining reward, as JSON ({@code 1}, {@code 2.5})
     * @param blocks       its chain's length, the genesis block included
     * @param pending      how many transactions wait for a block
     * @param peers        how many peers it has
     * @param orphans      how many orphaned blocks it keeps
     * @param minerThreads how many threads mine
     */
    record Current(
            Path dataDir,
            String dialect,
            int difficulty,
            String reward,
            int blocks,
            int pending,
            int peers,
            int orphans,
            int minerThreads) {}
}
