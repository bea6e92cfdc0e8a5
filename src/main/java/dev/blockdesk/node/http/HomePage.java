package dev.blockdesk.node.http;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.Transaction;
import java.util.List;

/**
 * {@code GET /} for a browser: the node at a glance, as seed 000's node has a page of its own. The
 * node id, the newest blocks, the pending transactions, the transaction form and the endpoints.
 * Its size is bounded whatever the chain holds (the newest {@value #BLOCKS} blocks, {@value
 * #TRANSACTIONS_PER_BLOCK} transactions each, {@value #PENDING} pending ones, names cut to
 * {@value #NAME_LENGTH} characters), so it stays fast on a chain of 100,000 blocks and says
 * what it leaves out.
 */
final class HomePage {

    static final int BLOCKS = 50;
    static final int TRANSACTIONS_PER_BLOCK = 10;
    static final int PENDING = 100;
    static final int NAME_LENGTH = 80;

    private HomePage() {}

    static String render(String nodeId, Chain chain, List<Transaction> pending, List<String> endpoints) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<h1>Blockdesk node</h1>\n<p>Node <code>")
                .append(Html.escape(nodeId))
                .append("</code><br>")
                .append("Chain of ")
                .append(Html.count(chain.length(), "block", "blocks"))
                .append(", ")
                .append(Html.count(pending.size(), "pending transaction", "pending transactions"))
                .append("</p>\n")
                .append(
                        "<nav><a href=\"/transactions/new\">New transaction</a><a href=\"/transactions/all\">All transactions</a>"
                                + "<a href=\"/chain\">The chain as JSON</a><a href=\"/transactions\">Pending as JSON</a></nav>\n");
        html.append("<h2>New transaction</h2>\n").append(Html.transactionForm());
        pending(html, pending);
        blocks(html, chain);
        html.append("<h2>API</h2>\n<ul>\n");
        for (String endpoint : endpoints) {
            html.append("<li><code>").append(Html.escape(endpoint)).append("</code></li>\n");
        }
        html.append(
                "</ul>\n<p class=\"note\">Scripts that send <code>Accept: application/json</code> get this page as JSON: "
                        + "the node id, the chain length and the endpoints.</p>\n");
        return Html.page("Blockdesk node " + nodeId, html.toString());
    }

    private static void pending(StringBuilder html, List<Transaction> pending) {
        html.append("<h2>Pending transactions</h2>\n");
        if (pending.isEmpty()) {
            html.append("<p class=\"note\">None. A transaction sent now goes into the next block mined.</p>\n");
            return;
        }
        html.append(
                "<table class=\"cards\">\n<thead><tr><th>Sender</th><th>Recipient</th><th>Amount</th></tr></thead>\n<tbody>\n");
        int shown = Math.min(PENDING, pending.size());
        for (Transaction tx : pending.subList(0, shown)) {
            html.append("<tr><td data-label=\"Sender\">")
                    .append(Html.shortened(tx.sender(), NAME_LENGTH))
                    .append("</td><td data-label=\"Recipient\">")
                    .append(Html.shortened(tx.recipient(), NAME_LENGTH))
                    .append("</td><td data-label=\"Amount\">")
                    .append(Html.shortened(tx.amountText(), NAME_LENGTH))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (shown < pending.size()) {
            html.append("<p class=\"note\">The first ")
                    .append(Html.count(shown))
                    .append(" of ")
                    .append(Html.count(pending.size()))
                    .append(" are shown; <a href=\"/transactions\">GET /transactions</a> has them all.</p>\n");
        }
    }

    private static void blocks(StringBuilder html, Chain chain) {
        List<Block> blocks = chain.blocks();
        int shown = Math.min(BLOCKS, blocks.size());
        html.append("<h2>Chain</h2>\n<p class=\"note\">Newest first.");
        if (shown < blocks.size()) {
            html.append(" The newest ")
                    .append(Html.count(shown))
                    .append(" of ")
                    .append(Html.count(blocks.size()))
                    .append(" blocks are shown; ")
                    .append(Html.count(blocks.size() - shown, "older block is", "older blocks are"))
                    .append(" hidden. <a href=\"/chain\">GET /chain</a> has them all.");
        }
        html.append("</p>\n<table class=\"cards\">\n<thead><tr><th>Block</th><th>Time</th><th>Transactions</th>"
                + "<th>Proof</th><th>Hash</th></tr></thead>\n<tbody>\n");
        for (int i = blocks.size() - 1; i >= blocks.size() - shown; i--) {
            Block block = blocks.get(i);
            html.append("<tr><td data-label=\"Block\">")
                    .append(block.index())
                    .append("</td><td data-label=\"Time\">")
                    .append(Html.time(block.timestamp()))
                    .append("</td><td data-label=\"Transactions\">");
            transactions(html, block.transactions());
            html.append("</td><td data-label=\"Proof\" class=\"mono\">")
                    .append(Html.shortened(block.proofText(), NAME_LENGTH))
                    .append("</td><td data-label=\"Hash\" class=\"mono\">")
                    .append(Html.escape(block.hash()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void transactions(StringBuilder html, List<Transaction> transactions) {
        if (transactions.isEmpty()) {
            html.append("none");
            return;
        }
        html.append("<ul>");
        int shown = Math.min(TRANSACTIONS_PER_BLOCK, transactions.size());
        for (Transaction tx : transactions.subList(0, shown)) {
            html.append("<li>")
                    .append(Html.shortened(tx.sender(), NAME_LENGTH))
                    .append(" → ")
                    .append(Html.shortened(tx.recipient(), NAME_LENGTH))
                    .append(": ")
                    .append(Html.shortened(tx.amountText(), NAME_LENGTH));
            if (tx.isReward()) {
                html.append(" <span class=\"note\">(mining reward)</span>");
            }
            html.append("</li>");
        }
        if (shown < transactions.size()) {
            html.append("<li class=\"note\">and ")
                    .append(Html.count(transactions.size() - shown))
                    .append(" more</li>");
        }
        html.append("</ul>");
    }
}
