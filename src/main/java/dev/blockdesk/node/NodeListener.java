package dev.blockdesk.node;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.ChainReplacement;
import dev.blockdesk.chain.MiningJob;
import dev.blockdesk.chain.Transaction;
import java.util.List;

/**
 * What happens in a node. Register with {@link Node#addListener(NodeListener, java.util.concurrent.Executor)}:
 * each call arrives through that executor (the desktop passes {@code Platform::runLater}), so the
 * node never knows which thread a listener wants. Every method has an empty default.
 */
public interface NodeListener {

    /** We mined a block and it is on our chain. */
    default void blockMined(Block block) {}

    /** A peer's longer chain replaced ours. */
    default void chainReplaced(ChainReplacement replacement) {}

    /**
     * The chain that replaced ours dropped blocks of ours: what was lost and what went back to
     * Pending. Follows {@link #chainReplaced} for the same replacement.
     */
    default void reorganized(Reorg reorg) {}

    /** A new transaction is pending. */
    default void transactionAdded(Transaction transaction) {}

    /** A mining job started; its progress can be read from the job while it runs. */
    default void miningStarted(MiningJob job) {}

    /** Mining stopped: a block was found, or it was cancelled. */
    default void miningStopped() {}

    /** A block was found but could not be stored, so it is not on our chain; auto-mine is off. */
    default void miningFailed(RuntimeException error) {}

    /** The peers or what we know of them changed. */
    default void peersChanged(List<PeerStatus> peers) {}

    /** A round of consensus ended. */
    default void resolved(ResolveReport report) {}

    /** A peer our user added answered our request to add us too (mutual peering), or could not be asked. */
    default void registrationAnswered(PeerRegistration registration) {}
}
