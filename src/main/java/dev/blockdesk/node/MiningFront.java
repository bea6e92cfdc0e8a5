package dev.blockdesk.node;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.MiningJob;
import dev.blockdesk.chain.PowPuzzle;
import dev.blockdesk.chain.StaleProofException;

/**
 * What the miner needs of the node: the puzzle, forging a found proof into our next block (then,
 * with auto-sync, asking the peers to resolve), and its events passed on to listeners.
 */
final class MiningFront implements MiningService.Chain {

    private static final System.Logger LOG = System.getLogger(MiningFront.class.getName());

    private final ChainState state;
    private final PeerNetwork network;
    private final AutoSync autoSync;
    private final Listeners listeners;

    MiningFront(ChainState state, PeerNetwork network, AutoSync autoSync, Listeners listeners) {
        this.state = state;
        this.network = network;
        this.autoSync = autoSync;
        this.listeners = listeners;
    }

    @Override
    public PowPuzzle puzzle() {
        return state.puzzle();
    }

    @Override
    public Block forge(PowPuzzle puzzle, long proof) throws StaleProofException {
        Block block = state.forge(puzzle, proof);
        if (autoSync.isOn()) {
            network.promptAll();
        }
        return block;
    }

    @Override
    public boolean hasPending() {
        return !state.pending().isEmpty();
    }

    @Override
    public void miningStarted(MiningJob job) {
        listeners.fire(l -> l.miningStarted(job));
    }

    @Override
    public void miningStopped() {
        listeners.fire(NodeListener::miningStopped);
    }

    @Override
    public void miningFailed(RuntimeException error) {
        LOG.log(System.Logger.Level.ERROR, "a block was found but could not be stored; auto-mine is off", error);
        listeners.fire(l -> l.miningFailed(error));
    }
}
