package dev.blockdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.testing.Chains;
import org.junit.jupiter.api.Test;

/** Where two chains part, and the small picture of it. */
class ForkPictureTest {

    private static final ChainRules RULES = new DvfRules(0);
    private static final Chain BASE = Chains.grow(Chain.startingAt(RULES, 1_763_700_000.0), 9); // blocks 1..10

    @Test
    void sharedPrefixIsFoundAtEveryPoint() {
        for (int fork = 1; fork <= 10; fork++) {
            Chain trunk = new Chain(BASE.blocks().subList(0, fork));
            Chain ours = Chains.branch(trunk, 3, 1);
            Chain theirs = Chains.branch(trunk, 4, 2);
            assertEquals(fork, ours.sharedPrefix(theirs), "fork after block " + fork);
            assertEquals(fork, theirs.sharedPrefix(ours));
        }
        assertEquals(10, BASE.sharedPrefix(BASE));
        assertEquals(5, BASE.sharedPrefix(new Chain(BASE.blocks().subList(0, 5))), "a prefix is shared whole");
        Chain other = Chain.startingAt(RULES, 1_763_700_001.0);
        assertEquals(0, BASE.sharedPrefix(Chains.grow(other, 9)), "another genesis block shares nothing");
    }

    @Test
    void aChainHoldsItsOwnBlocksAtTheirIndexOnly() {
        Chain ours = Chains.branch(BASE, 2, 1);
        Chain theirs = Chains.branch(BASE, 2, 2);
        assertTrue(ours.holds(BASE.block(10)));
        assertTrue(ours.holds(ours.tip()));
        assertFalse(ours.holds(theirs.tip()), "the same index on another branch");
        assertFalse(BASE.holds(ours.tip()), "past the tip");
        assertFalse(ours.holds(0, BASE.genesis().hash()), "before the genesis block");
    }

    @Test
    void aPictureShowsTheLastSharedBlocksAndBothBranches() {
        Chain ours = Chains.branch(BASE, 2, 1); // 11, 12
        Chain theirs = Chains.branch(BASE, 8, 2); // 11..18
        ForkPicture picture = ForkPicture.of(ours, theirs, "127.0.0.1:5001", true);

        assertEquals(10, picture.forkIndex());
        assertEquals(2, picture.shared().size());
        assertEquals(9, picture.shared().get(0).index());
        assertEquals(BASE.tip().hash(), picture.shared().get(1).hash());
        assertEquals(2, picture.ours().size());
        assertEquals(0, picture.oursHidden());
        assertEquals(ours.tip().hash(), picture.ours().get(1).hash());
        assertEquals(ForkPicture.BRANCH, picture.theirs().size());
        assertEquals(3, picture.theirsHidden());
        assertEquals(8, picture.theirBranchLength());
        assertEquals(11, picture.theirs().get(0).index());
        assertTrue(picture.theirsWins());
    }

    @Test
    void aForkRightAfterGenesisShowsOneSharedBlock() {
        Chain genesis = new Chain(BASE.blocks().subList(0, 1));
        ForkPicture picture = ForkPicture.of(Chains.branch(genesis, 1, 1), Chains.branch(genesis, 1, 2), "peer", false);
        assertEquals(1, picture.forkIndex());
        assertEquals(1, picture.shared().size());
        assertEquals(1, picture.ours().size());
        assertEquals(1, picture.theirs().size());
    }

    @Test
    void chainsWithoutACommonGenesisHaveNoPicture() {
        Chain other = Chains.grow(Chain.startingAt(RULES, 1_763_700_001.0), 2);
        assertThrows(IllegalArgumentException.class, () -> ForkPicture.of(BASE, other, "peer", false));
    }
}
