package dev.blockdesk.ui.fork;

import dev.blockdesk.chain.ForkPicture;
import dev.blockdesk.ui.Formats;

/**
 * What the fork graph and its dialog say in words, plain text: which branch won and why, so that no
 * one has to tell it from colours. The protocol keeps the longest valid chain; a tie keeps ours.
 */
public final class ForkDescription {

    /** The name of our branch. */
    public static final String OURS = "This node";
    /** How many hex digits of a hash a block box shows. */
    static final int HASH_DIGITS = 8;

    private ForkDescription() {
    }

    /** "Fork at block 10". */
    public static String forkPoint(ForkPicture picture) {
        return "Fork at block " + picture.forkIndex();
    }

    /**
     * The whole picture in one sentence, for screen readers: "Fork at block 10: this node's 2 blocks
     * against 127.0.0.1:5001's 8 blocks; 127.0.0.1:5001's branch won".
     */
    public static String summary(ForkPicture picture) {
        String winner = picture.theirsWins() ? possessive(picture.theirName()) + " branch won"
                : tie(picture) ? "this node's branch won (a tie keeps ours)"
                : "this node's branch won";
        return forkPoint(picture) + ": this node's " + Formats.blocks(picture.ourBranchLength()) + " against "
                + possessive(picture.theirName()) + " " + Formats.blocks(picture.theirBranchLength()) + "; " + winner;
    }

    /** One line above the graph: which branch wins, and the rule that decides it. */
    public static String explanation(ForkPicture picture) {
        long ours = picture.ourBranchLength();
        long theirs = picture.theirBranchLength();
        String after = " after block " + picture.forkIndex();
        String rule = ": the protocol keeps the longest valid chain";
        if (picture.theirsWins()) {
            String who = possessive(picture.theirName()) + " branch wins";
            if (theirs > ours && ours == 0) {
                return who + rule + ", and its " + Formats.blocks(theirs) + after + " extend this node's chain.";
            }
            return theirs > ours
                    ? who + rule + ", and its " + Formats.blocks(theirs) + after + " outnumber this node's " + ours
                            + (ours == 1 ? ", which is dropped." : ", which are dropped.")
                    : who + ": this node's " + Formats.blocks(ours) + after + (ours == 1 ? " is dropped." : " are dropped.");
        }
        if (ours == theirs) {
            return "This node's branch is kept: both branches have " + Formats.blocks(ours) + after + ", and a tie keeps ours.";
        }
        if (ours > theirs) {
            return "This node's branch wins" + rule + ", and its " + Formats.blocks(ours) + after + " outnumber "
                    + possessive(picture.theirName()) + " " + theirs + ".";
        }
        return "This node's branch is kept" + rule + "; " + possessive(picture.theirName()) + " longer branch was not taken.";
    }

    /** The tag beside the winning branch's name. */
    public static String winnerTag(ForkPicture picture) {
        long winner = picture.theirsWins() ? picture.theirBranchLength() : picture.ourBranchLength();
        long loser = picture.theirsWins() ? picture.ourBranchLength() : picture.theirBranchLength();
        if (winner > loser) {
            return "longest chain — kept";
        }
        return winner == loser && !picture.theirsWins() ? "tie — ours kept" : "kept";
    }

    /** The tag beside the losing branch's name: our blocks are dropped; the other chain's are not taken. */
    public static String loserTag(ForkPicture picture) {
        return picture.theirsWins() ? "dropped" : "not taken";
    }

    /** The first {@link #HASH_DIGITS} hex digits of a hash and "…". */
    public static String shortHash(String hash) {
        return Formats.hashStart(hash, HASH_DIGITS);
    }

    private static boolean tie(ForkPicture picture) {
        return picture.ourBranchLength() == picture.theirBranchLength();
    }

    private static String possessive(String name) {
        return name + "'s";
    }
}
