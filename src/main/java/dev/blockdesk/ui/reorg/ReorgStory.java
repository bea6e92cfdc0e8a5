package dev.blockdesk.ui.reorg;

import static dev.blockdesk.ui.i18n.Messages.tr;

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
    /** Before each listed block or transaction: a line of its own, indented. */
    private static final String INDENT = "\n  ";

    private ReorgStory() {}

    /** The banner's title: {@code a longer chain from 127.0.0.1:5001 replaced ours: block 3 dropped}. */
    public static String title(Reorg reorg) {
        int dropped = reorg.dropped().size();
        return dropped == 1
                ? tr(
                        "reorg.title.one",
                        reorg.source(),
                        String.valueOf(reorg.dropped().get(0).index()))
                : tr("reorg.title.many", reorg.source(), String.valueOf(dropped));
    }

    /**
     * The sentence under the banner's title: {@code Fork point: block 2. Lost: 1 mining reward of
     * ours. Back in Pending and sent to peers again: 1 transaction. Already in the new chain: none.}
     */
    public static String summary(Reorg reorg) {
        int lost = reorg.lostRewards().size();
        String total = Ledger.plain(reorg.lostRewardTotal());
        int returned = reorg.returned().size();
        int already = reorg.alreadyIn().size();
        return tr(
                "reorg.summary",
                reorg.otherGenesis()
                        ? tr("reorg.summary.otherGenesis")
                        : tr("reorg.summary.forkPoint", String.valueOf(reorg.forkPoint())),
                lost == 0
                        ? tr("reorg.summary.lost.none")
                        : lost == 1
                                ? tr("reorg.summary.lost.one", total)
                                : tr("reorg.summary.lost.many", String.valueOf(lost), total),
                returned == 0
                        ? tr("reorg.summary.returned.none")
                        : returned == 1
                                ? tr("reorg.summary.returned.one")
                                : tr("reorg.summary.returned.many", String.valueOf(returned)),
                already == 0
                        ? tr("reorg.summary.alreadyIn.none")
                        : already == 1
                                ? tr("reorg.summary.alreadyIn.one")
                                : tr("reorg.summary.alreadyIn.many", String.valueOf(already)));
    }

    /** One line for the sync log. */
    public static String line(Reorg reorg) {
        int returned = reorg.returned().size();
        int already = reorg.alreadyIn().size();
        String back = returned == 1
                ? tr("reorg.line.returned.one")
                : tr("reorg.line.returned.many", String.valueOf(returned));
        String transactions = already == 0
                ? back
                : tr(
                        "reorg.line.returnedAlready",
                        back,
                        already == 1
                                ? tr("reorg.line.alreadyIn.one")
                                : tr("reorg.line.alreadyIn.many", String.valueOf(already)));
        return tr(
                "reorg.line",
                Formats.blocks(reorg.replacement().adopted().length()),
                reorg.source(),
                forkPoint(reorg),
                blockList(reorg.dropped()),
                rewards(reorg),
                transactions);
    }

    /** The banner's details, a line for each fact. */
    public static String details(Reorg reorg) {
        StringBuilder text = new StringBuilder();
        text.append(
                        reorg.otherGenesis()
                                ? tr("reorg.details.otherGenesis")
                                : tr("reorg.details.forkPoint", String.valueOf(reorg.forkPoint())))
                .append('\n');
        text.append(tr("reorg.details.dropped"));
        List<Block> dropped = reorg.dropped();
        for (int i = 0; i < Math.min(LISTED, dropped.size()); i++) {
            text.append(INDENT)
                    .append(tr(
                            "reorg.details.block",
                            String.valueOf(dropped.get(i).index()),
                            dropped.get(i).hash()));
        }
        more(text, dropped.size());
        int lost = reorg.lostRewards().size();
        String total = Ledger.plain(reorg.lostRewardTotal());
        text.append('\n')
                .append(
                        lost == 0
                                ? tr("reorg.details.rewards.none")
                                : lost == 1
                                        ? tr("reorg.details.rewards.one", total)
                                        : tr("reorg.details.rewards.many", total, String.valueOf(lost)));
        text.append('\n');
        if (reorg.returned().isEmpty()) {
            text.append(tr("reorg.details.returned.none"));
        } else {
            text.append(tr("reorg.details.returned")).append(' ');
        }
        for (int i = 0; i < Math.min(LISTED, reorg.returned().size()); i++) {
            Reorg.Returned returned = reorg.returned().get(i);
            text.append(INDENT)
                    .append(tr(
                            "reorg.details.returnedFrom",
                            transaction(returned.transaction()),
                            String.valueOf(returned.fromBlock())));
        }
        more(text, reorg.returned().size());
        text.append('\n');
        if (reorg.alreadyIn().isEmpty()) {
            text.append(tr("reorg.details.alreadyIn.none"));
        } else {
            text.append(tr("reorg.details.alreadyIn")).append(' ');
        }
        for (int i = 0; i < Math.min(LISTED, reorg.alreadyIn().size()); i++) {
            text.append(INDENT).append(transaction(reorg.alreadyIn().get(i)));
        }
        more(text, reorg.alreadyIn().size());
        return text.toString();
    }

    private static void more(StringBuilder text, int size) {
        if (size > LISTED) {
            text.append(INDENT).append(tr("reorg.details.more", String.valueOf(size - LISTED)));
        }
    }

    private static String forkPoint(Reorg reorg) {
        return reorg.otherGenesis()
                ? tr("reorg.line.otherGenesis")
                : tr("reorg.line.after", String.valueOf(reorg.forkPoint()));
    }

    private static String blockList(List<Block> dropped) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < Math.min(LISTED, dropped.size()); i++) {
            list.append(i == 0 ? "" : ", ")
                    .append(dropped.get(i).index())
                    .append(" (")
                    .append(Formats.shortHash(dropped.get(i).hash()))
                    .append(')');
        }
        if (dropped.size() > LISTED) {
            return tr("reorg.line.blocksMore", list.toString(), String.valueOf(dropped.size() - LISTED));
        }
        return dropped.size() == 1
                ? tr("reorg.line.blockOne", list.toString())
                : tr("reorg.line.blocksMany", list.toString());
    }

    private static String rewards(Reorg reorg) {
        int lost = reorg.lostRewards().size();
        String total = Ledger.plain(reorg.lostRewardTotal());
        return lost == 0
                ? tr("reorg.line.rewards.none")
                : lost == 1
                        ? tr("reorg.line.rewards.one", total)
                        : tr("reorg.line.rewards.many", String.valueOf(lost), total);
    }

    /** {@code alice → bob: 5}. */
    static String transaction(Transaction tx) {
        return Formats.shortHash(tx.sender()) + " → " + Formats.shortHash(tx.recipient()) + ": " + tx.amountText();
    }
}
