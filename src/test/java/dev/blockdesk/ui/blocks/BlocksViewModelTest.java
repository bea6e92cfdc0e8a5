package dev.blockdesk.ui.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.BlockHasher;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.chain.SevensRules;
import dev.blockdesk.store.StoredBlock;
import dev.blockdesk.testing.Chains;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.Formats;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The Blocks tab's view model on its own: rows, their checks, the explanation in the chain rules' own words. */
class BlocksViewModelTest {

    /** {@code chain} with {@code count} more blocks; {@code salt} makes a fork's blocks differ from another's. */
    private static Chain grow(Chain chain, int count, double salt) {
        for (int i = 0; i < count; i++) {
            Block tip = chain.tip();
            chain = chain.append(Block.create(
                    tip.index() + 1,
                    1_700_000_000 + salt + tip.index(),
                    List.of(),
                    tip.index(),
                    tip.hash(),
                    BlockHasher.SORTED_JSON));
        }
        return chain;
    }

    @Test
    void aPeersChainReplacesOnlyTheRowsAboveTheFork() {
        BlocksViewModel blocks = new BlocksViewModel();
        blocks.attach(new DvfRules(0));
        Chain shared = grow(Chain.startingAt(new DvfRules(0), 1_700_000_000.5), 4, 0);
        Chain ours = grow(shared, 3, 100);
        blocks.update(ours);
        assertEquals(
                List.of(8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L),
                blocks.rows().stream().map(BlockRow::getIndex).toList());
        BlockRow sharedTip = blocks.rows().get(3);
        assertEquals(shared.tip(), sharedTip.block());

        Chain theirs = grow(shared, 5, 200);
        blocks.update(theirs);
        assertEquals(
                List.of(10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L),
                blocks.rows().stream().map(BlockRow::getIndex).toList());
        for (BlockRow row : blocks.rows()) {
            assertEquals(theirs.block(row.getIndex()), row.block(), "row " + row.getIndex());
            assertEquals(
                    row.getIndex() > 5,
                    row.freshProperty().get(),
                    "only the adopted blocks are highlighted, row " + row.getIndex());
        }
        assertSame(sharedTip, blocks.rows().get(5), "the shared blocks keep their rows");

        Chain longer = grow(theirs, 1, 300);
        blocks.update(longer);
        assertEquals(11, blocks.rows().get(0).getIndex());
        assertTrue(blocks.rows().get(0).freshProperty().get());
        assertFalse(blocks.rows().get(1).freshProperty().get(), "the highlight moves to the newest block");
        assertEquals(11, blocks.rows().size());
    }

    @Test
    void anAddressIsSearchedOffTheFxThreadAndABlockAtOnce() {
        Chain chain = grow(Chain.startingAt(new DvfRules(0), 1_700_000_000.5), 4, 0);
        java.util.ArrayDeque<Runnable> worker = new java.util.ArrayDeque<>();
        BlocksViewModel blocks =
                new BlocksViewModel((key, value) -> {}, new Background(worker::add, Runnable::run, notice -> {}));
        blocks.attach(new DvfRules(0));
        blocks.update(chain);
        String miner = "alice";

        blocks.queryProperty().set("3");
        blocks.search();
        assertEquals(chain.block(3), blocks.selectedProperty().get(), "an index needs no pass over the transactions");
        assertTrue(worker.isEmpty());

        blocks.queryProperty().set(miner);
        blocks.search();
        assertEquals(
                "Looking for " + dev.blockdesk.ui.Formats.shortHash(miner) + " in every transaction of 5 blocks…",
                blocks.searchResultProperty().get());
        assertEquals(1, worker.size(), "the pass over every transaction waits for the worker");
        worker.remove().run();
        assertEquals(
                "No block alice, no block hash starting with it, and no transaction to or from it",
                blocks.searchResultProperty().get());
    }

    @Test
    void theBlocksTabExplainsAChainInTheWordsOfItsOwnRules() {
        SevensRules sevens = new SevensRules(0);
        Chain chain = Chain.startingAt(sevens, 1_700_000_000.5);
        while (chain.length() < 3) {
            Block tip = chain.tip();
            chain = chain.append(Block.create(
                    tip.index() + 1,
                    1_700_000_001.5 + tip.index(),
                    List.of(),
                    7 * (tip.index() + 1),
                    tip.hash(),
                    sevens.hasher()));
        }
        BlocksViewModel blocks = new BlocksViewModel();
        blocks.attach(sevens);
        blocks.update(chain);
        assertEquals(
                "Valid chain of 3 blocks: every previous_hash matches the block before, "
                        + sevens.proof().describe(),
                blocks.validityProperty().get());
        blocks.queryProperty().set("0");
        blocks.search();
        assertEquals(chain.genesis(), blocks.selectedProperty().get(), "indexes start where the rules say");
        String heading =
                "Dialect sevens: every proof makes proof + last_proof a multiple of 7 (no hashing: no work)\n\n";
        assertEquals(
                heading
                        + "The genesis block: index 0, previous_hash \"0\", proof 0. Every node makes its own; nothing links it to an earlier block.",
                blocks.explainProperty().get());
        blocks.queryProperty().set("2");
        blocks.search();
        assertEquals(
                heading + "Proof: (proof + last_proof) % 7 == 0, with no hashing\n  (14 + 7) % 7 = 21 % 7 = 0 ✓\n\n"
                        + "What this rule leaves open: " + sevens.proof().leavesOpen() + "\n\n"
                        + "Link: previous_hash "
                        + Formats.shortHash(chain.block(1).hash()) + " is the hash of block 1 ✓",
                blocks.explainProperty().get());
    }

    @ParameterizedTest
    @FieldSource("dev.blockdesk.chain.Dialects#IDS")
    void eachDialectsExplanationNamesItsProofRuleAndWhatItLeavesOpen(String id) {
        ChainRules rules = Dialects.rules(id, 4);
        Chain chain = Chains.grow(Chain.startingAt(rules, 1_700_000_000.5), rules, 3);
        BlocksViewModel blocks = new BlocksViewModel();
        blocks.attach(rules);
        blocks.update(chain);

        Block block = chain.blocks().get(2);
        Block previous = chain.blocks().get(1);
        blocks.selectedProperty().set(block);
        String explain = blocks.explainProperty().get();
        assertEquals(
                "Dialect " + id + ": " + rules.proof().describe() + "\n\n"
                        + rules.proof().explain(previous, block) + "\n\n"
                        + "What this rule leaves open: " + rules.proof().leavesOpen() + "\n\n"
                        + "Link: previous_hash " + Formats.shortHash(previous.hash()) + " is the hash of block "
                        + previous.index() + " ✓",
                explain);
        assertTrue(rules.proof().explain(previous, block).endsWith("✓"), "the worked proof passes: " + explain);
        assertFalse(explain.contains("✗"), explain);

        blocks.selectedProperty().set(chain.genesis());
        assertTrue(
                blocks.explainProperty()
                        .get()
                        .startsWith("Dialect " + id + ": " + rules.proof().describe() + "\n\nThe genesis block: index "
                                + rules.firstIndex() + ", "),
                blocks.explainProperty().get());
    }

    /** The newest {@code count} blocks of {@code chain} as a store hands them over, newest first. */
    private static List<StoredBlock> stored(Chain chain, int count) {
        List<StoredBlock> newest = new java.util.ArrayList<>();
        for (int i = chain.length() - 1; i >= Math.max(0, chain.length() - count); i--) {
            Block b = chain.blocks().get(i);
            newest.add(new StoredBlock(b.index(), b.hash(), b.canonicalBytes()));
        }
        return newest;
    }

    private static List<StoredBlock> stored(Chain chain) {
        return stored(chain, chain.length());
    }

    @Test
    void theNewestRowsShownWhileCheckingStayInPlaceAndTheOlderOnesComeBelowThem() {
        Chain chain = grow(Chain.startingAt(new DvfRules(0), 1_700_000_000.5), 9, 0);
        BlocksViewModel blocks = new BlocksViewModel();
        blocks.preview(stored(chain, 3));
        List<BlockRow> shown = List.copyOf(blocks.rows());
        assertEquals(
                List.of(10L, 9L, 8L), shown.stream().map(BlockRow::getIndex).toList());
        blocks.selectedProperty().set(shown.get(1).block());

        blocks.attach(new DvfRules(0));
        blocks.update(chain);
        assertEquals(10, blocks.rows().size());
        for (int i = 0; i < 10; i++) {
            assertEquals(10 - i, blocks.rows().get(i).getIndex(), "newest first, row " + i);
            assertFalse(blocks.rows().get(i).isUnchecked());
        }
        assertSame(shown.get(1), blocks.rows().get(1), "the rows shown kept their place");
        assertSame(chain.block(9), blocks.selectedProperty().get(), "and the selection");
    }

    @Test
    void theRowsShownWhileCheckingAreCheckedInPlaceSoTheUserKeepsTheirPlace() {
        Chain chain = grow(Chain.startingAt(new DvfRules(0), 1_700_000_000.5), 9, 0);
        BlocksViewModel blocks = new BlocksViewModel();
        blocks.preview(stored(chain));
        List<BlockRow> shown = List.copyOf(blocks.rows());
        assertEquals(10, shown.size());
        assertTrue(shown.stream().allMatch(BlockRow::isUnchecked));
        assertEquals(chain.block(7), shown.get(3).block(), "an unchecked row reads its block from the stored bytes");
        blocks.selectedProperty().set(shown.get(3).block());

        blocks.attach(new DvfRules(0));
        blocks.update(chain);
        assertEquals(1.0, blocks.loadingProperty().get());
        assertFalse(blocks.checkingProperty().get());
        for (int i = 0; i < shown.size(); i++) {
            assertSame(shown.get(i), blocks.rows().get(i), "row " + i + " kept its place");
            assertFalse(shown.get(i).isUnchecked());
            assertSame(chain.block(10 - i), shown.get(i).block(), "the row now holds the checked chain's block");
            assertFalse(shown.get(i).freshProperty().get());
        }
        assertSame(chain.block(7), blocks.selectedProperty().get(), "the selection survives the end of the check");
        assertTrue(
                blocks.explainProperty()
                        .get()
                        .startsWith("Dialect dvf: every proof has 0 leading zeros\n\n"
                                + "Proof of work: sha256(last_proof + proof + previous block's hash)"),
                "and the block picked while checking is explained now: "
                        + blocks.explainProperty().get());
    }

    @Test
    void rowsOfAStoredChainThatWasNotTheOneCheckedAreBuiltAnew() {
        Chain chain = grow(Chain.startingAt(new DvfRules(0), 1_700_000_000.5), 9, 0);
        BlocksViewModel blocks = new BlocksViewModel();
        blocks.preview(stored(chain));
        Chain recovered =
                grow(Chain.startingAt(new DvfRules(0), 1_700_000_000.5), 4, 0); // the valid blocks before a damaged one
        blocks.attach(new DvfRules(0));
        blocks.update(recovered);
        assertEquals(
                List.of(5L, 4L, 3L, 2L, 1L),
                blocks.rows().stream().map(BlockRow::getIndex).toList());
        assertTrue(blocks.rows().stream().noneMatch(BlockRow::isUnchecked));
        assertSame(recovered.tip(), blocks.rows().get(0).block());
    }

    @Test
    void theChoiceOfCardsOrTableIsRememberedButARestoredOneIsNotSavedAgain() {
        List<String> saved = new java.util.ArrayList<>();
        BlocksViewModel blocks = new BlocksViewModel(
                (key, value) -> saved.add(key + "=" + value),
                new Background(Runnable::run, Runnable::run, notice -> {}));
        assertFalse(blocks.cards().shownProperty().get(), "the table by default");

        blocks.cards().restore(true);
        assertTrue(blocks.cards().shownProperty().get(), "the cards, as the data directory remembers");
        assertEquals(List.of(), saved, "what was read is not written back");

        blocks.cards().shownProperty().set(false);
        blocks.cards().shownProperty().set(true);
        assertEquals(List.of("blocks_view=table", "blocks_view=cards"), saved);
    }

    @Test
    void theCardsFindTheSelectedBlockWhereverTheChainHasMovedIt() {
        Chain chain = grow(Chain.startingAt(new DvfRules(0), 1_700_000_000.5), 4, 0);
        BlocksViewModel blocks = new BlocksViewModel();
        blocks.preview(stored(chain));
        BlockRow third = blocks.rows().get(2);
        assertEquals(2, blocks.chainPositionOf(third.block()), "a stored row, while the chain is checked");

        blocks.attach(new DvfRules(0));
        blocks.update(chain);
        assertEquals(0, blocks.chainPositionOf(chain.tip()), "newest first");
        assertEquals(4, blocks.chainPositionOf(chain.genesis()));

        Chain longer = grow(chain, 2, 0);
        blocks.update(longer);
        assertEquals(2, blocks.chainPositionOf(chain.tip()), "two blocks mined on top push it down two cards");
        assertSame(blocks.rows().get(2).block(), chain.tip());

        Chain fork = grow(chain, 3, 500);
        Block dropped = longer.tip();
        blocks.update(fork);
        assertEquals(-1, blocks.chainPositionOf(dropped), "a block a longer chain dropped has no card");
        assertEquals(-1, blocks.chainPositionOf(null));
        assertEquals(3, blocks.chainPositionOf(chain.tip()));
    }
}
