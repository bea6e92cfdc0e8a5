package dev.blockdesk.node.http;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.Transaction;
import java.util.List;

/**
 * {@code GET /transactions/all}: seed 000's {@code show_all_transaction}, every transaction in the
 * chain but the mining rewards (sender "0"), block by block, as plain text in a {@code <pre>}.
 * Newest block first and at most {@value #LINES} transactions, so the page stays readable and
 * fast on a long chain; the page says how many it leaves out, and {@code /chain} has them all.
 */
final class TransactionListing {

    static final int LINES = 1_000;
    private static final int NAME_LENGTH = 120;

    private TransactionListing() {}

    static String render(Chain chain) {
        List<Block> blocks = chain.blocks();
        long total = 0;
        for (Block block : blocks) {
            total += payments(block);
        }
        StringBuilder text = new StringBuilder(16_384);
        int listed = 0;
        for (int i = blocks.size() - 1; i >= 0 && listed < LINES; i--) {
            Block block = blocks.get(i);
            int payments = payments(block);
            if (payments == 0) {
                continue;
            }
            text.append("Block ")
                    .append(block.index())
                    .append("  ")
                    .append(Html.time(block.timestamp()))
                    .append('\n');
            int inBlock = 0;
            for (Transaction tx : block.transactions()) {
                if (tx.isReward()) {
                    continue;
                }
                if (listed == LINES) {
                    text.append("  … and ")
                            .append(Html.count(payments - inBlock))
                            .append(" more in this block\n");
                    break;
                }
                text.append("  ")
                        .append(Html.shortened(tx.sender(), NAME_LENGTH))
                        .append(" → ")
                        .append(Html.shortened(tx.recipient(), NAME_LENGTH))
                        .append(": ")
                        .append(Html.shortened(tx.amountText(), NAME_LENGTH))
                        .append('\n');
                listed++;
                inBlock++;
            }
            text.append('\n');
        }
        StringBuilder html = new StringBuilder(text.length() + 1024);
        html.append("<h1>All transactions</h1>\n<p class=\"note\">Every transaction in the chain of ")
                .append(Html.count(chain.length(), "block", "blocks"))
                .append(" except mining rewards, newest block first.");
        if (listed < total) {
            html.append(" The newest ")
                    .append(Html.count(listed))
                    .append(" of ")
                    .append(Html.count(total))
                    .append(" are listed; <a href=\"/chain\">GET /chain</a> has them all.");
        }
        html.append("</p>\n");
        if (total == 0) {
            html.append("<p>No transactions yet: only mining rewards.</p>\n");
        } else {
            html.append("<pre>").append(text).append("</pre>\n");
        }
        html.append("<nav><a href=\"/\">Back to the node</a><a href=\"/transactions/new\">New transaction</a></nav>\n");
        return Html.page("All transactions", html.toString());
    }

    /** The transactions of {@code block} that are not mining rewards. */
    private static int payments(Block block) {
        int count = 0;
        for (Transaction tx : block.transactions()) {
            if (!tx.isReward()) {
                count++;
            }
        }
        return count;
    }
}
