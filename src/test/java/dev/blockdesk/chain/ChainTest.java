package dev.blockdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chain is immutable even though appending shares its array with the chains that grow from it. */
class ChainTest {

    private static Block next(Chain chain, double salt) {
        Block tip = chain.tip();
        return Block.create(
                tip.index() + 1,
                1_700_000_000 + salt + tip.index(),
                List.of(),
                tip.index(),
                tip.hash(),
                BlockHasher.SORTED_JSON);
    }

    @Test
    void everyChainKeepsItsBlocksWhileOthersGrowFromIt() {
        List<Chain> snapshots = new ArrayList<>();
        Chain chain = Chain.startingAt(new DvfRules(0), 1_700_000_000.5);
        snapshots.add(chain);
        for (int i = 0; i < 1_000; i++) {
            chain = chain.append(next(chain, 0));
            snapshots.add(chain);
        }
        for (int n = 0; n < snapshots.size(); n++) {
            Chain snapshot = snapshots.get(n);
            assertEquals(n + 1, snapshot.length());
            assertEquals(n + 1, snapshot.blocks().size());
            assertEquals(n + 1, snapshot.tip().index());
            assertEquals(
                    chain.block(n + 1),
                    snapshot.tip(),
                    "block " + (n + 1) + " is the same in every chain that holds it");
        }
    }

    @Test
    void twoBlocksAppendedToOneChainMakeTwoForksAndLeaveItAsItWas() {
        Chain base = Chain.startingAt(new DvfRules(0), 1_700_000_000.5)
                .append(next(Chain.startingAt(new DvfRules(0), 1_700_000_000.5), 0));
        Chain ours = base.append(next(base, 100));
        Chain theirs = base.append(next(base, 200));
        assertEquals(2, base.length());
        assertEquals(3, ours.length());
        assertEquals(3, theirs.length());
        assertNotEquals(ours.tip(), theirs.tip());
        assertEquals(ours.tip(), ours.block(3));
        assertEquals(theirs.tip(), theirs.block(3));
        assertEquals(4, ours.append(next(ours, 300)).length());
        assertEquals(4, theirs.append(next(theirs, 400)).length());
        assertEquals(base.tip(), theirs.block(2));
        assertThrows(
                IndexOutOfBoundsException.class, () -> base.block(3), "a chain never shows a block appended after it");
        assertThrows(IndexOutOfBoundsException.class, () -> base.blocks().get(2));
    }

    @Test
    void aPrefixAndTheChainsGrownFromItKnowTheirByteLengthAsWritten() throws Exception {
        Chain chain = Chain.startingAt(new DvfRules(0), 1_700_000_000.5);
        for (int i = 0; i < 30; i++) {
            chain = chain.append(next(chain, i));
        }
        chain.blocksLength(); // counted once, then carried
        for (int keep : new int[] {1, 2, 17, 30, 31}) {
            Chain prefix = chain.prefix(keep);
            Chain grown = prefix.append(next(prefix, 1_000 + keep));
            for (Chain c : List.of(prefix, grown)) {
                java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
                c.writeBlocks(written);
                assertEquals(written.size(), c.blocksLength(), "a chain of " + c.length() + " blocks");
            }
        }
    }

    @Test
    void blocksCannotBeChangedThroughTheList() {
        Chain chain = Chain.startingAt(new DvfRules(0), 1_700_000_000.5);
        assertThrows(UnsupportedOperationException.class, () -> chain.blocks().set(0, chain.tip()));
        assertThrows(UnsupportedOperationException.class, () -> chain.blocks().add(next(chain, 0)));
    }

    @Test
    void aBlockThatDoesNotLinkIsRefused() {
        Chain chain = Chain.startingAt(new DvfRules(0), 1_700_000_000.5);
        Block unlinked = Block.create(2, 1_700_000_001, List.of(), 7, "0".repeat(64), BlockHasher.SORTED_JSON);
        assertThrows(IllegalArgumentException.class, () -> chain.append(unlinked));
        Block wrongIndex =
                Block.create(3, 1_700_000_001, List.of(), 7, chain.tip().hash(), BlockHasher.SORTED_JSON);
        assertThrows(IllegalArgumentException.class, () -> chain.append(wrongIndex));
        assertEquals(1, chain.length());
    }
}
