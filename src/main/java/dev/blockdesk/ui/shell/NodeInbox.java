package dev.blockdesk.ui.shell;

import dev.blockdesk.chain.Block;
import dev.blockdesk.node.NodeListener;
import dev.blockdesk.node.PeerRegistration;
import dev.blockdesk.node.Reorg;
import dev.blockdesk.node.ResolveReport;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.i18n.Messages;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The node's events, kept on the thread that reports them until the window's next tick takes them:
 * a busy node never floods the FX thread, and nothing reported between two ticks is lost.
 */
final class NodeInbox implements NodeListener {

    final Queue<ResolveReport> resolves = new ConcurrentLinkedQueue<>();
    final Queue<Reorg> reorgs = new ConcurrentLinkedQueue<>();
    final Queue<PeerRegistration> registrations = new ConcurrentLinkedQueue<>();
    /** Failures to show the user, worded. */
    final Queue<String> failures = new ConcurrentLinkedQueue<>();
    /** The block this node mined last, or null. */
    volatile Block lastMined;

    @Override
    public void resolved(ResolveReport report) {
        resolves.add(report);
    }

    @Override
    public void registrationAnswered(PeerRegistration registration) {
        registrations.add(registration);
    }

    @Override
    public void blockMined(Block block) {
        lastMined = block;
    }

    @Override
    public void reorganized(Reorg reorg) {
        reorgs.add(reorg);
    }

    @Override
    public void miningFailed(RuntimeException error) {
        failures.add(Messages.tr("main.mining.storeFailed", Background.reason(error)));
    }

    /** Drops what was not taken yet: the node that reported it was replaced. */
    void clear() {
        resolves.clear();
        reorgs.clear();
        registrations.clear();
        failures.clear();
        lastMined = null;
    }
}
