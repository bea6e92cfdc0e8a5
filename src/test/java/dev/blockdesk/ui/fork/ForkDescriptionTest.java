package dev.blockdesk.ui.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blockdesk.chain.ForkPicture;
import dev.blockdesk.chain.ForkPicture.Mark;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the fork graph and its dialog say: which branch won, and the rule that decided it. */
class ForkDescriptionTest {

    private static ForkPicture picture(int ours, int theirs, boolean theirsWins) {
        return new ForkPicture(
                10,
                List.of(new Mark(9, "a".repeat(64)), new Mark(10, "b".repeat(64))),
                marks(Math.min(ours, ForkPicture.BRANCH)),
                Math.max(0, ours - ForkPicture.BRANCH),
                marks(Math.min(theirs, ForkPicture.BRANCH)),
                Math.max(0, theirs - ForkPicture.BRANCH),
                "127.0.0.1:5001",
                theirsWins);
    }

    private static List<Mark> marks(int n) {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            marks.add(new Mark(11 + i, Integer.toHexString(0x10000000 + i) + "0".repeat(56)));
        }
        return marks;
    }

    @Test
    void theLongerBranchWinsByTheProtocolsRule() {
        assertEquals(
                "127.0.0.1:5001's branch wins: the protocol keeps the longest valid chain, and its 8 blocks after block 10"
                        + " outnumber this node's 1, which is dropped.",
                ForkDescription.explanation(picture(1, 8, true)));
        assertEquals(
                "This node's branch wins: the protocol keeps the longest valid chain, and its 9 blocks after block 10"
                        + " outnumber 127.0.0.1:5001's 7.",
                ForkDescription.explanation(picture(9, 7, false)));
        assertEquals("longest chain — kept", ForkDescription.winnerTag(picture(9, 7, false)));
        assertEquals("not taken", ForkDescription.loserTag(picture(9, 7, false)));
        assertEquals("dropped", ForkDescription.loserTag(picture(1, 8, true)));
    }

    @Test
    void aTieKeepsOurs() {
        ForkPicture tie = picture(3, 3, false);
        assertEquals(
                "This node's branch is kept: both branches have 3 blocks after block 10, and a tie keeps ours.",
                ForkDescription.explanation(tie));
        assertEquals("tie — ours kept", ForkDescription.winnerTag(tie));
        assertEquals(
                "Fork at block 10: this node's 3 blocks against 127.0.0.1:5001's 3 blocks; this node's branch won (a tie keeps ours)",
                ForkDescription.summary(tie));
    }

    @Test
    void aLongerChainNotTakenIsSaidToBeNotTaken() {
        assertEquals(
                "This node's branch is kept: the protocol keeps the longest valid chain; 127.0.0.1:5001's longer branch was not taken.",
                ForkDescription.explanation(picture(2, 4, false)));
        assertEquals("kept", ForkDescription.winnerTag(picture(2, 4, false)));
    }

    @Test
    void aBlockShowsTheFirstEightHexDigitsOfItsHash() {
        assertEquals("0f4c5be8…", ForkDescription.shortHash("0f4c5be8" + "1".repeat(56)));
        assertEquals("abc", ForkDescription.shortHash("abc"));
    }
}
