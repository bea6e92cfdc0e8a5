package dev.blockdesk.ui.reorg;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Ledger;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.node.Reorg;
import dev.blockdesk.ui.Formats;
import java.util.List;

/**
 * A reorganisation told in words, as the banner and the sync log say it: whose chain won, the fork
 * point, each dropped block with its hash, the mining rewards lost, and what became of the dropped
 * blocks' transactions. Plain text, no JavaFX.
 */
public final class ReorgStory {

    /** How many dropped blocks or transactions the banner lists before "and N more". */
    static final int LISTED = 8;

    private ReorgStory() {
    }

    /** The banner's title: {@code a longer chain from 127.0.0.1:5001 replaced ours: block 3 dropped}. */
    public static String title(Reorg reorg) {
        int dropped = reorg.dropped().size();
        return "a longer chain from " + reorg.source() + " replaced ours: " + (dropped == 1 ? "block " + reorg.dropped().get(0).index()
                : dropped + " blocks") + " dropped";
    }

    /**
     * The sentence under the banner's title: {@code Fork point: block 2. Lost: 1 mining reward of
     * ours. Back in Pending and sent to peers again: 1 transaction. Already in the new chain: none.}
     */
    public static String summary(Reorg reorg) {
        int lost = reorg.lostRewards().size();
        return (reorg.otherGenesis() ? "The new chain starts from another genesis block: every block of ours was dropped."
                : "Fork point: block " + reorg.forkPoint() + ".")
                + " Lost: " + (lost == 0 ? "no mining reward of ours" : lost + (lost == 1 ? " mining reward" : " mining rewards") + " of ours ("
                + Ledger.plain(reorg.lostRewardTotal()) + ")")
                + ". Back in Pending and sent to peers again: " + (reorg.returned().isEmpty() ? "none" : count(reorg.returned().size()))
                + ". Already in the new chain: " + (reorg.alreadyIn().isEmpty() ? "none" : count(reorg.alreadyIn().size())) + ".";
    }

    /** One line for the sync log. */
    public static String line(Reorg reorg) {
        return "reorganisation: a chain of " + Formats.blocks(reorg.replacement().adopted().length()) + " from " + reorg.source()
                + " replaced ours " + forkPoint(reorg) + "; dropped " + blockList(reorg.dropped())
                + "; " + rewards(reorg) + "; " + count(reorg.returned().size()) + " back to Pending"
                + (reorg.alreadyIn().isEmpty() ? "" : ", " + count(reorg.alreadyIn().size()) + " already in the new chain");
    }

    /** The banner's details, a line for each fact. */
    public static String details(Reorg reorg) {
        StringBuilder text = new StringBuilder();
        text.append("Fork point: ").append(reorg.otherGenesis()
                ? "none, the new chain starts from another genesis block, so every block of ours was dropped"
                : "block " + reorg.forkPoint() + ", the last block both chains hold").append('\n');
        text.append("Dropped:");
        List<Block> dropped = reorg.dropped();
        for (int i = 0; i < Math.min(LISTED, dropped.size()); i++) {
            text.append("\n  block ").append(dropped.get(i).index()).append("  ").append(dropped.get(i).hash());
        }
        more(text, dropped.size());
        text.append("\nMining rewards lost: ").append(reorg.lostRewards().isEmpty() ? "none (no dropped block was mined here)"
                : Ledger.plain(reorg.lostRewardTotal()) + " (" + reorg.lostRewards().size()
                + (reorg.lostRewards().size() == 1 ? " block" : " blocks") + " mined here)");
        text.append("\nBack to Pending, and sent to peers again: ");
        if (reorg.returned().isEmpty()) {
            text.append("none");
        }
        for (int i = 0; i < Math.min(LISTED, reorg.returned().size()); i++) {
            Reorg.Returned returned = reorg.returned().get(i);
            text.append("\n  ").append(transaction(returned.transaction())).append("  (from block ").append(returned.fromBlock()).append(')');
        }
        more(text, reorg.returned().size());
        text.append("\nAlready in the new chain: ");
        if (reorg.alreadyIn().isEmpty()) {
            text.append("none");
        }
        for (int i = 0; i < Math.min(LISTED, reorg.alreadyIn().size()); i++) {
            text.append("\n  ").append(transaction(reorg.alreadyIn().get(i)));
        }
        more(text, reorg.alreadyIn().size());
        return text.toString();
    }

    private static void more(StringBuilder text, int size) {
        if (size > LISTED) {
            text.append("\n  … and ").append(size - LISTED).append(" more");
        }
    }

    private static String forkPoint(Reorg reorg) {
        return reorg.otherGenesis() ? "from another genesis block" : "after block " + reorg.forkPoint();
    }

    private static String blockList(List<Block> dropped) {
        StringBuilder text = new StringBuilder(dropped.size() == 1 ? "block " : "blocks ");
        for (int i = 0; i < Math.min(LISTED, dropped.size()); i++) {
            text.append(i == 0 ? "" : ", ").append(dropped.get(i).index()).append(" (").append(Formats.shortHash(dropped.get(i).hash())).append(')');
        }
        if (dropped.size() > LISTED) {
            text.append(" and ").append(dropped.size() - LISTED).append(" more");
        }
        return text.toString();
    }

    private static String rewards(Reorg reorg) {
        int lost = reorg.lostRewards().size();
        return lost == 0 ? "no mining reward of ours lost" : lost + (lost == 1 ? " mining reward" : " mining rewards") + " of ours lost ("
                + Ledger.plain(reorg.lostRewardTotal()) + ")";
    }

    private static String count(int transactions) {
        return transactions + (transactions == 1 ? " transaction" : " transactions");
    }

    /** {@code alice → bob: 5}. */
    static String transaction(Transaction tx) {
        return Formats.shortHash(tx.sender()) + " → " + Formats.shortHash(tx.recipient()) + ": " + tx.amountText();
    }
}
