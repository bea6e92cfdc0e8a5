package dev.blockdesk.chain;

import java.util.ArrayList;
import java.util.List;

/**
 * Two chains around the block where they part, small enough to draw: the last shared blocks, then
 * each branch's first blocks after the fork, and which branch won (or wins, by the protocol's rule:
 * the longer chain; a tie keeps ours).
 *
 * @param forkIndex    the index of the last block both chains hold (the fork point)
 * @param shared       the last shared blocks, oldest first, ending with the fork point
 * @param ours         our blocks after the fork point, oldest first, at most {@link #BRANCH} of them
 * @param oursHidden   how many more of our blocks follow those shown
 * @param theirs       the other chain's blocks after the fork point, oldest first, at most {@link #BRANCH}
 * @param theirsHidden how many more of its blocks follow those shown
 * @param theirName    whose the other chain is: a peer's address, or a file's name
 * @param theirsWins   true when the other branch won (it was adopted, or is longer than ours)
 */
public record ForkPicture(
        long forkIndex,
        List<Mark> shared,
        List<Mark> ours,
        int oursHidden,
        List<Mark> theirs,
        int theirsHidden,
        String theirName,
        boolean theirsWins) {

    /** How many shared blocks a picture shows, the fork point included. */
    public static final int SHARED = 2;
    /** How many blocks of each branch a picture shows. */
    public static final int BRANCH = 5;

    /** One block as the picture shows it. */
    public record Mark(long index, String hash) {
        static Mark of(Block block) {
            return new Mark(block.index(), block.hash());
        }
    }

    public ForkPicture {
        shared = List.copyOf(shared);
        ours = List.copyOf(ours);
        theirs = List.copyOf(theirs);
    }

    /**
     * The picture of {@code ours} against {@code theirs}, which share at least their genesis block.
     *
     * @throws IllegalArgumentException when the genesis blocks differ: then there is no fork to draw
     */
    public static ForkPicture of(Chain ours, Chain theirs, String theirName, boolean theirsWins) {
        int shared = ours.sharedPrefix(theirs);
        if (shared == 0) {
            throw new IllegalArgumentException("the chains do not share their genesis block");
        }
        List<Mark> common = marks(ours.blocks(), Math.max(0, shared - SHARED), shared);
        List<Mark> ourBranch = marks(ours.blocks(), shared, Math.min(ours.length(), shared + BRANCH));
        List<Mark> theirBranch = marks(theirs.blocks(), shared, Math.min(theirs.length(), shared + BRANCH));
        return new ForkPicture(
                ours.blocks().get(shared - 1).index(),
                common,
                ourBranch,
                ours.length() - shared - ourBranch.size(),
                theirBranch,
                theirs.length() - shared - theirBranch.size(),
                theirName,
                theirsWins);
    }

    private static List<Mark> marks(List<Block> blocks, int from, int to) {
        List<Mark> marks = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            marks.add(Mark.of(blocks.get(i)));
        }
        return marks;
    }

    /** How many blocks our branch has after the fork point. */
    public int ourBranchLength() {
        return ours.size() + oursHidden;
    }

    /** How many blocks the other branch has after the fork point. */
    public int theirBranchLength() {
        return theirs.size() + theirsHidden;
    }
}
