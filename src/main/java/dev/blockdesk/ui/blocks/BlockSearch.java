package dev.blockdesk.ui.blocks;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.Ledger;
import dev.blockdesk.chain.LedgerEntry;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.i18n.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Blocks tab's search: a block by index or hash prefix, else an address's balance and history.
 *
 * @param block   the block found, or null
 * @param message what the search found, in a sentence
 * @param history an address's transactions, a line each; empty unless an address was found
 */
record BlockSearch(Block block, String message, List<String> history) {

    /** {@link #block}, else {@link #address}: the whole search, on one thread. */
    static BlockSearch of(Chain chain, String query) {
        BlockSearch block = block(chain, query);
        return block != null ? block : address(chain, query);
    }

    /** A block by index or hash prefix, from the headers in memory at once; null when the query names none. */
    static BlockSearch block(Chain chain, String query) {
        if (query.matches("[0-9]{1,18}")) {
            long index = Long.parseLong(query);
            if (index >= chain.genesis().index() && index <= chain.tip().index()) {
                return new BlockSearch(
                        chain.block(index), Messages.tr("blocks.search.foundIndex", String.valueOf(index)), List.of());
            }
        }
        String lower = query.toLowerCase(Locale.ROOT);
        if (lower.matches("[0-9a-f]{4,64}")) {
            for (int i = chain.length() - 1; i >= 0; i--) {
                Block block = chain.blocks().get(i);
                if (block.hash().startsWith(lower)) {
                    return new BlockSearch(
                            block,
                            Messages.tr(
                                    "blocks.search.foundHash",
                                    String.valueOf(block.index()),
                                    Formats.shortHash(block.hash())),
                            List.of());
                }
            }
        }
        return null;
    }

    /** An address's balance and history: a pass over every transaction, read back from the store (not for the FX thread). */
    static BlockSearch address(Chain chain, String query) {
        List<LedgerEntry> entries = new Ledger(chain).history(query);
        if (entries.isEmpty()) {
            return new BlockSearch(null, Messages.tr("blocks.search.nothing", query), List.of());
        }
        BigDecimal balance = BigDecimal.ZERO;
        List<String> history = new ArrayList<>(entries.size());
        for (LedgerEntry entry : entries) {
            balance = balance.add(entry.change());
            history.add(line(entry));
        }
        String address = Formats.shortHash(query);
        String total = Ledger.plain(balance);
        return new BlockSearch(
                null,
                entries.size() == 1
                        ? Messages.tr("blocks.search.address.one", address, total)
                        : Messages.tr("blocks.search.address.other", address, total, String.valueOf(entries.size())),
                history);
    }

    /** {@code block 3: +1 (mining reward)}, {@code block 4: -2 to carol}, {@code block 4: +2 from bob}. */
    private static String line(LedgerEntry entry) {
        String block = String.valueOf(entry.blockIndex());
        String change = (entry.change().signum() >= 0 ? "+" : "") + Ledger.plain(entry.change());
        if (entry.isReward()) {
            return Messages.tr("blocks.search.history.reward", block, change);
        }
        return entry.change().signum() < 0
                ? Messages.tr("blocks.search.history.to", block, change, Formats.shortHash(entry.recipient()))
                : Messages.tr("blocks.search.history.from", block, change, Formats.shortHash(entry.sender()));
    }
}
