package dev.blockdesk.ui.blocks;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.node.Orphan;
import dev.blockdesk.node.Reorg;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.i18n.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The orphaned blocks as the Blocks tab shows them: each one's row, why and when it was dropped,
 * and the table with them among the chain's rows, each just below the chain's block of its index.
 * FX thread.
 */
final class OrphanRows {

    private List<Orphan> orphans = List.of();
    private final Map<String, Orphan> byHash = new HashMap<>();
    private final Map<String, BlockRow> rows = new HashMap<>();
    /** Whose chain dropped a block, as far as this window saw it happen. */
    private final Map<String, String> droppedBy = new HashMap<>();

    /** The node's orphaned blocks as they are now; true when they changed. */
    boolean update(List<Orphan> latest) {
        if (latest == orphans) {
            return false;
        }
        orphans = latest;
        byHash.clear();
        Map<String, BlockRow> keep = new HashMap<>();
        for (Orphan orphan : latest) {
            String hash = orphan.block().hash();
            byHash.put(hash, orphan);
            keep.put(hash, rows.getOrDefault(hash, BlockRow.orphaned(orphan.block())));
        }
        rows.clear();
        rows.putAll(keep);
        return true;
    }

    /** Remembers whose chain dropped the blocks of {@code reorg}, for the note of each. */
    void dropped(Reorg reorg) {
        reorg.dropped().forEach(block -> droppedBy.put(block.hash(), reorg.source()));
    }

    boolean isEmpty() {
        return orphans.isEmpty();
    }

    /** The block before {@code block} among the orphaned ones, by hash; null when it is none of them. */
    Block previousOf(Block block) {
        Orphan previous = byHash.get(block.previousHash());
        return previous == null ? null : previous.block();
    }

    /**
     * What the detail pane says of a block no longer on our chain: {@code Orphaned at 12:03: dropped
     * when a longer chain from 127.0.0.1:5001 replaced ours}.
     */
    String note(Block block) {
        Orphan orphan = byHash.get(block.hash());
        Instant at = orphan == null ? null : orphan.orphanedAt();
        String source = droppedBy.get(block.hash());
        if (at == null) {
            return source == null ? Messages.tr("blocks.orphaned") : Messages.tr("blocks.orphaned.from", source);
        }
        String time = Formats.clockTime(at);
        return source == null
                ? Messages.tr("blocks.orphaned.at", time)
                : Messages.tr("blocks.orphaned.atFrom", time, source);
    }

    /**
     * The chain's rows (newest first) with the orphaned rows among them, each just below the chain
     * block of its index; an orphaned block of our chain (one that came back) is left out.
     */
    List<BlockRow> mergedWith(List<BlockRow> chainRows, Chain chain) {
        List<Orphan> sorted = new ArrayList<>();
        for (Orphan orphan : orphans) {
            if (!chain.holds(orphan.block())) { // an orphan that came back with a chain that won
                sorted.add(orphan);
            }
        }
        sorted.sort(Comparator.comparingLong((Orphan o) -> o.block().index()).reversed());
        List<BlockRow> merged = new ArrayList<>(chainRows.size() + sorted.size());
        int next = 0;
        for (BlockRow row : chainRows) {
            while (next < sorted.size() && sorted.get(next).block().index() > row.getIndex()) {
                merged.add(rows.get(sorted.get(next++).block().hash()));
            }
            merged.add(row);
        }
        while (next < sorted.size()) {
            merged.add(rows.get(sorted.get(next++).block().hash()));
        }
        return merged;
    }
}
