package dev.blockdesk.ui.blocks;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.CanonicalJson;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.ui.Formats;
import java.util.List;

/**
 * What the detail pane says about one block: its fields, its transactions a line each, and its
 * proof of work and link spelled out in the words of the node's dialect. Plain text, no JavaFX.
 *
 * @param detail       the fields, one per line
 * @param transactions one line per transaction
 * @param explanation  the dialect's heading, the worked proof, what the rule leaves open and the link
 */
record BlockDescription(String detail, List<String> transactions, String explanation) {

    /**
     * @param rules    the node's dialect, or null while the stored chain is checked
     * @param previous the block {@code block} follows (on our chain, or an orphaned one), or null
     *                 for a genesis block, or while the stored chain is checked
     * @param checked  false while the stored chain is checked
     */
    static BlockDescription of(Block block, ChainRules rules, Block previous, boolean checked) {
        String detail = "index          " + block.index()
                + "\ntimestamp      " + Formats.localTime(block.timestamp()) + "  (" + CanonicalJson.write(block.toJson().get("timestamp")) + ")"
                + "\nproof          " + block.proofText()
                + "\nhash           " + block.hash()
                + "\nprevious_hash  " + block.previousHash()
                + (block.extraFields().isEmpty() ? "" : "\nother fields   " + String.join(", ", block.extraFields()));
        List<String> transactions = block.transactions().stream().map(BlockDescription::line).toList();
        return new BlockDescription(detail, transactions, explanation(block, rules, previous, checked));
    }

    private static String line(Transaction tx) {
        return (tx.isReward() ? "reward  " : "") + tx.sender() + " → " + tx.recipient() + "  " + tx.amountText()
                + (tx.id() == null ? "" : "  (id " + tx.id() + ")");
    }

    private static String explanation(Block block, ChainRules rules, Block previous, boolean checked) {
        if (!checked) {
            return "The stored chain is still being checked: its proofs of work and links are explained once it is.";
        }
        String heading = "Dialect " + rules.id() + ": " + rules.proof().describe() + "\n\n";
        if (block.index() == rules.firstIndex()) {
            return heading + "The genesis block: index " + block.index() + ", previous_hash "
                    + CanonicalJson.write(block.toJson().get("previous_hash")) + ", proof " + block.proofText()
                    + ". Every node makes its own; nothing links it to an earlier block.";
        }
        if (previous == null) {
            return heading + "The block it follows (hash " + Formats.shortHash(block.previousHash()) + ") is neither on our chain"
                    + " nor among the orphaned blocks kept, so its proof and link cannot be worked out here.";
        }
        return heading + rules.proof().explain(previous, block) + "\n\n"
                + "What this rule leaves open: " + rules.proof().leavesOpen() + "\n\n"
                + "Link: previous_hash " + Formats.shortHash(block.previousHash()) + " is the hash of block " + previous.index()
                + (!rules.links(previous, block) ? " ✗"
                : block.previousHash().equals(previous.hash()) ? " ✓"
                : " ✓ (as a node that adopted block " + previous.index() + " hashes it: its transactions key-sorted)");
    }
}
