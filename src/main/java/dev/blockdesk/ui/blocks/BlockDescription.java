package dev.blockdesk.ui.blocks;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.CanonicalJson;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.ChainText;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.i18n.Messages;
import java.util.List;

/**
 * What the detail pane says about one block: its fields, its transactions a line each, and its
 * proof of work and link spelled out in the words of the node's dialect. Plain text, no JavaFX.
 * The fields are named as the block's JSON names them, in a column in a monospaced font; a label
 * in the window's language ("other fields", "reward") is padded by its width on screen, where a
 * Chinese or Korean character takes two columns, so the values still line up.
 *
 * @param detail       the fields, one per line
 * @param transactions one line per transaction
 * @param explanation  the dialect's heading, the worked proof, what the rule leaves open and the link
 */
record BlockDescription(String detail, List<String> transactions, String explanation) {

    /** Where the values of the detail start: after the longest field name, previous_hash, and two spaces. */
    static final int VALUE_COLUMN = 15;
    /** Where a transaction starts after the reward mark. */
    static final int REWARD_COLUMN = 8;

    /**
     * @param rules    the node's dialect, or null while the stored chain is checked
     * @param previous the block {@code block} follows (on our chain, or an orphaned one), or null
     *                 for a genesis block, or while the stored chain is checked
     * @param checked  false while the stored chain is checked
     */
    static BlockDescription of(Block block, ChainRules rules, Block previous, boolean checked) {
        // the JSON field names stay as the protocol spells them, in every language
        String detail = field("index") + block.index()
                + "\n" + field("timestamp") + Formats.localTime(block.timestamp()) + "  ("
                + CanonicalJson.write(block.toJson().get("timestamp")) + ")"
                + "\n" + field("proof") + block.proofText()
                + "\n" + field("hash") + block.hash()
                + "\n" + field("previous_hash") + block.previousHash()
                + (block.extraFields().isEmpty()
                        ? ""
                        : "\n" + field(Messages.tr("blocks.detail.otherFields"))
                                + String.join(", ", block.extraFields()));
        List<String> transactions =
                block.transactions().stream().map(BlockDescription::line).toList();
        return new BlockDescription(detail, transactions, explanation(block, rules, previous, checked));
    }

    private static String field(String name) {
        return pad(name, VALUE_COLUMN);
    }

    /** {@code text} and spaces up to {@code columns} columns of a monospaced font (at least one space). */
    static String pad(String text, int columns) {
        int width = width(text);
        return text + " ".repeat(Math.max(1, columns - width));
    }

    /** How many columns {@code text} takes in a monospaced font: two for each wide (East Asian) character. */
    static int width(String text) {
        return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
    }

    private static boolean wide(int c) {
        return c >= 0x1100 && c <= 0x115F // Hangul Jamo
                || c >= 0x2E80 && c <= 0xA4CF && c != 0x303F // CJK radicals to Yi, punctuation, kana, CJK ideographs
                || c >= 0xAC00 && c <= 0xD7A3 // Hangul syllables
                || c >= 0xF900 && c <= 0xFAFF // CJK compatibility ideographs
                || c >= 0xFE30 && c <= 0xFE4F // CJK compatibility forms
                || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6 // full-width forms
                || c >= 0x20000 && c <= 0x3FFFD;
    }

    private static String line(Transaction tx) {
        return (tx.isReward() ? pad(Messages.tr("blocks.detail.reward"), REWARD_COLUMN) : "") + tx.sender() + " → "
                + tx.recipient() + "  " + tx.amountText() + (tx.id() == null ? "" : "  (id " + tx.id() + ")");
    }

    private static String explanation(Block block, ChainRules rules, Block previous, boolean checked) {
        if (!checked) {
            return Messages.tr("blocks.explain.checking");
        }
        String heading = Messages.tr(
                        "blocks.explain.heading", rules.id(), said(rules.proof().describeText())) + "\n\n";
        if (block.index() == rules.firstIndex()) {
            return heading
                    + Messages.tr(
                            "blocks.explain.genesis",
                            String.valueOf(block.index()),
                            CanonicalJson.write(block.toJson().get("previous_hash")),
                            block.proofText());
        }
        if (previous == null) {
            return heading + Messages.tr("blocks.explain.unknownPrevious", Formats.shortHash(block.previousHash()));
        }
        return heading + said(rules.proof().explainText(previous, block)) + "\n\n"
                + Messages.tr("blocks.explain.leavesOpen", said(rules.proof().leavesOpenText())) + "\n\n"
                + link(block, rules, previous);
    }

    /** A text of the chain layer (a proof rule's words) in the window's language. */
    static String said(ChainText text) {
        return text.in(Messages.language().locale());
    }

    /** Whether {@code block}'s previous_hash names {@code previous}, and how. */
    private static String link(Block block, ChainRules rules, Block previous) {
        String hash = Formats.shortHash(block.previousHash());
        String index = String.valueOf(previous.index());
        if (!rules.links(previous, block)) {
            return Messages.tr("blocks.explain.link.broken", hash, index);
        }
        return block.previousHash().equals(previous.hash())
                ? Messages.tr("blocks.explain.link.ok", hash, index)
                : Messages.tr("blocks.explain.link.sorted", hash, index);
    }
}
