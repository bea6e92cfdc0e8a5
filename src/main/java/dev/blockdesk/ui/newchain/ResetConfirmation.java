package dev.blockdesk.ui.newchain;

import dev.blockdesk.app.ChainReset;
import dev.blockdesk.ui.Formats;
import java.nio.file.Path;

/** What a reset of the data directory loses and keeps, in words, for the user to confirm. */
final class ResetConfirmation {

    private ResetConfirmation() {
    }

    /**
     * @param current    the node as it is
     * @param file       the name of the file the old chain goes to
     * @param dialect    the new chain's dialect
     * @param difficulty its difficulty, or null for a dialect without one
     * @param reward     its reward
     * @param keepPeers  whether the peers are kept
     */
    static String text(ChainStarter.Current current, String file, String dialect, Integer difficulty, String reward, boolean keepPeers) {
        StringBuilder text = new StringBuilder();
        text.append("This node's chain of ").append(Formats.blocks(current.blocks())).append(" (").append(current.dialect())
                .append(") is removed. It is first written to the file ").append(file).append(" in ").append(current.dataDir())
                .append(", which File → Import chain… can read again.\n\n");
        text.append(current.pending() == 0 ? "No pending transaction is lost."
                : current.pending() == 1 ? "1 pending transaction is lost: no block holds it, and no file keeps it."
                : current.pending() + " pending transactions are lost: no block holds them, and no file keeps them.").append("\n\n");
        if (current.orphans() > 0) {
            text.append(Formats.count(current.orphans())).append(current.orphans() == 1 ? " orphaned block is" : " orphaned blocks are")
                    .append(" removed, and written to ").append(ChainReset.orphansFile(Path.of(file)).getFileName()).append(" beside it.\n\n");
        }
        if (current.peers() == 0) {
            text.append("This node has no peers.");
        } else if (keepPeers) {
            text.append(current.peers() == 1 ? "The peer is kept" : "The " + current.peers() + " peers are kept")
                    .append(": at the next sync a peer with a longer ").append(dialect).append(" chain replaces the new one")
                    .append(" (and, while it is only its genesis block, so does a peer's chain of another dialect).");
        } else {
            text.append(current.peers() == 1 ? "The peer is forgotten." : "The " + current.peers() + " peers are forgotten.");
        }
        text.append("\n\nMining stops. The node then starts over with a new ").append(dialect).append(" genesis block")
                .append(difficulty != null ? ", difficulty " + difficulty : "").append(", reward ").append(reward)
                .append(". The node id and the window's settings are kept.");
        return text.toString();
    }
}
