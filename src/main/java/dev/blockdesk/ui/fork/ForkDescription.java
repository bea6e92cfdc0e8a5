package dev.blockdesk.ui.fork;

import static dev.blockdesk.ui.i18n.Messages.tr;

import dev.blockdesk.chain.ForkPicture;
import dev.blockdesk.ui.Formats;

/**
 * What the fork graph and its dialog say in words, plain text: which branch won and why, so that no
 * one has to tell it from colours. The protocol keeps the longest valid chain; a tie keeps ours.
 */
public final class ForkDescription {

    /** How many hex digits of a hash a block box shows. */
    static final int HASH_DIGITS = 8;

    private ForkDescription() {}

    /** The name of our branch: "This node". */
    public static String ours() {
        return tr("fork.ours");
    }

    /** "Fork at block 10". */
    public static String forkPoint(ForkPicture picture) {
        return tr("fork.point", at(picture));
    }

    /**
     * The whole picture in one sentence, for screen readers: "Fork at block 10: this node's 2 blocks
     * against 127.0.0.1:5001's 8 blocks; 127.0.0.1:5001's branch won".
     */
    public static String summary(ForkPicture picture) {
        String at = at(picture);
        String ours = Formats.blocks(picture.ourBranchLength());
        String theirs = Formats.blocks(picture.theirBranchLength());
        String them = picture.theirName();
        return picture.theirsWins()
                ? tr("fork.summary.theirs", at, ours, them, theirs)
                : tie(picture)
                        ? tr("fork.summary.tie", at, ours, them, theirs)
                        : tr("fork.summary.ours", at, ours, them, theirs);
    }

    /** One line above the graph: which branch wins, and the rule that decides it. */
    public static String explanation(ForkPicture picture) {
        long ours = picture.ourBranchLength();
        long theirs = picture.theirBranchLength();
        String at = at(picture);
        String them = picture.theirName();
        if (picture.theirsWins()) {
            if (theirs > ours && ours == 0) {
                return tr("fork.explain.theirsExtend", them, Formats.blocks(theirs), at);
            }
            if (theirs > ours) {
                return ours == 1
                        ? tr("fork.explain.theirsLongerOne", them, Formats.blocks(theirs), at, String.valueOf(ours))
                        : tr("fork.explain.theirsLongerMany", them, Formats.blocks(theirs), at, String.valueOf(ours));
            }
            return ours == 1
                    ? tr("fork.explain.theirsOne", them, Formats.blocks(ours), at)
                    : tr("fork.explain.theirsMany", them, Formats.blocks(ours), at);
        }
        if (ours == theirs) {
            return tr("fork.explain.tie", Formats.blocks(ours), at);
        }
        if (ours > theirs) {
            return tr("fork.explain.oursLonger", Formats.blocks(ours), at, them, String.valueOf(theirs));
        }
        return tr("fork.explain.oursKept", them);
    }

    /** The tag beside the winning branch's name. */
    public static String winnerTag(ForkPicture picture) {
        long winner = picture.theirsWins() ? picture.theirBranchLength() : picture.ourBranchLength();
        long loser = picture.theirsWins() ? picture.ourBranchLength() : picture.theirBranchLength();
        if (winner > loser) {
            return tr("fork.tag.longest");
        }
        return winner == loser && !picture.theirsWins() ? tr("fork.tag.tie") : tr("fork.tag.kept");
    }

    /** The tag beside the losing branch's name: our blocks are dropped; the other chain's are not taken. */
    public static String loserTag(ForkPicture picture) {
        return picture.theirsWins() ? tr("fork.tag.dropped") : tr("fork.tag.notTaken");
    }

    /** The first {@link #HASH_DIGITS} hex digits of a hash and "…". */
    public static String shortHash(String hash) {
        return Formats.hashStart(hash, HASH_DIGITS);
    }

    private static boolean tie(ForkPicture picture) {
        return picture.ourBranchLength() == picture.theirBranchLength();
    }

    /** The fork point's index, as the chain writes it (no grouping). */
    private static String at(ForkPicture picture) {
        return String.valueOf(picture.forkIndex());
    }
}
