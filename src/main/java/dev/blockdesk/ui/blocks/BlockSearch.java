package dev.blockdesk.ui.blocks;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.Ledger;
import dev.blockdesk.chain.LedgerEntry;
import dev.blockdesk.ui.Formats;
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
                return new BlockSearch(chain.block(index), "Block " + index, List.of());
            }
        }
        String lower = query.toLowerCase(Locale.ROOT);
        if (lower.matches("[0-9a-f]{4,64}")) {
            for (int i = chain.length() - 1; i >= 0; i--) {
                Block block = chain.blocks().get(i);
                if (block.hash().startsWith(lower)) {
                    return new BlockSearch(block, "Block " + block.index() + " has hash " + Formats.shortHash(block.hash()), List.of());
                }
            }
        }
        return null;
    }

    /** An address's balance and history: a pass over every transaction, read back from the store (not for the FX thread). */
    static BlockSearch address(Chain chain, String query) {
        List<LedgerEntry> entries = new Ledger(chain).history(query);
        if (entries.isEmpty()) {
            return new BlockSearch(null, "No block " + query + ", no block hash starting with it, and no transaction to or from it", List.of());
        }
        BigDecimal balance = BigDecimal.ZERO;
        List<String> history = new ArrayList<>(entries.size());
        for (LedgerEntry entry : entries) {
            balance = balance.add(entry.change());
            String sign = entry.change().signum() >= 0 ? "+" : "";
            history.add("block " + entry.blockIndex() + ": " + sign + Ledger.plain(entry.change())
                    + (entry.isReward() ? " (mining reward)" : entry.change().signum() < 0
                    ? " to " + Formats.shortHash(entry.recipient()) : " from " + Formats.shortHash(entry.sender())));
        }
        return new BlockSearch(null, "Address " + Formats.shortHash(query) + ": balance " + Ledger.plain(balance)
                + " in " + entries.size() + " transactions", history);
    }
}
