package dev.blockdesk.ui.fork;

import static dev.blockdesk.ui.i18n.Messages.tr;

import dev.blockdesk.chain.ForkPicture;
import dev.blockdesk.chain.ForkPicture.Mark;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Line;
import javafx.scene.shape.Shape;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The nodes that draw one {@link ForkPicture} for {@link ForkGraph}, and where they go at their
 * natural size: the shared blocks on the left, centred between the two rows, the fork point's
 * caption above it, this node's branch on top with its name above, the other chain's below with its
 * name below, and the lines between them. Every block box is as wide and as tall as the largest.
 *
 * <p>It does one thing, the layout of one picture; its length is the picture's parts, each placed by a
 * short method.
 */
final class ForkDrawing {

    /** Between two boxes in a row. */
    private static final double LINK = 12;
    /** From the fork point to each branch's first block. */
    private static final double SPLIT = 34;
    /** Between the two rows. */
    private static final double ROW_GAP = 20;
    /** Between a row and its name. */
    private static final double HEADER_GAP = 4;
    /** The widest a branch's name is shown (a file's path can be long); its tooltip has it whole. */
    private static final double NAME_WIDTH = 260;

    /** A drawing's natural size. */
    record Size(double width, double height) {}

    private final List<Region> shared = new ArrayList<>();
    private final List<Line> sharedLinks = new ArrayList<>();
    private final Label caption;
    private final Branch ours;
    private final Branch theirs;

    ForkDrawing(ForkPicture picture) {
        for (int i = 0; i < picture.shared().size(); i++) {
            boolean forkPoint = i == picture.shared().size() - 1;
            shared.add(block(
                    picture.shared().get(i),
                    forkPoint ? List.of("fork-shared", "fork-point") : List.of("fork-shared")));
            if (i > 0) {
                sharedLinks.add(link(List.of("fork-shared")));
            }
        }
        caption = new Label(ForkDescription.forkPoint(picture));
        caption.getStyleClass().add("fork-caption");
        boolean theirsWin = picture.theirsWins();
        ours = new Branch(
                picture, ForkDescription.ours(), "fork-ours", !theirsWin, picture.ours(), picture.oursHidden());
        theirs = new Branch(
                picture, picture.theirName(), "fork-theirs", theirsWin, picture.theirs(), picture.theirsHidden());
    }

    List<Node> nodes() {
        List<Node> nodes = new ArrayList<>();
        nodes.addAll(sharedLinks);
        nodes.addAll(ours.links);
        nodes.addAll(theirs.links);
        nodes.addAll(shared);
        nodes.add(caption);
        ours.addBoxes(nodes);
        theirs.addBoxes(nodes);
        return nodes;
    }

    /** The measures every box is laid out by: all blocks as wide and as tall as the largest. */
    private double boxWidth() {
        double width = 0;
        for (Region block : allBlocks()) {
            width = Math.max(width, block.prefWidth(-1));
        }
        return Math.ceil(width);
    }

    private double boxHeight() {
        double height = 0;
        for (Region block : allBlocks()) {
            height = Math.max(height, block.prefHeight(-1));
        }
        for (Branch branch : List.of(ours, theirs)) {
            if (branch.more != null) {
                height = Math.max(height, branch.more.prefHeight(-1));
            }
        }
        return Math.ceil(height);
    }

    private List<Region> allBlocks() {
        List<Region> all = new ArrayList<>(shared);
        all.addAll(ours.blocks);
        all.addAll(theirs.blocks);
        return all;
    }

    Size measure() {
        return layout(false);
    }

    Size place() {
        return layout(true);
    }

    /** Works out where everything goes, and puts it there when {@code place}. */
    private Size layout(boolean place) {
        double bw = boxWidth();
        double bh = boxHeight();
        double headerHeight = Math.ceil(Math.max(ours.header.prefHeight(-1), theirs.header.prefHeight(-1)));
        double captionWidth = Math.ceil(caption.prefWidth(-1));
        double captionHeight = Math.ceil(caption.prefHeight(-1));
        double sharedWidth = shared.size() * bw + Math.max(0, shared.size() - 1) * LINK;
        double left = Math.max(0, captionWidth - sharedWidth);
        double forkRight = left + sharedWidth;
        double branchX = forkRight + SPLIT;
        double topY = headerHeight + HEADER_GAP;
        double bottomY = topY + bh + ROW_GAP;
        double sharedY = Math.round((topY + bottomY) / 2);
        double bottomHeaderY = bottomY + bh + HEADER_GAP;
        double width = Math.max(branchX + ours.width(bw), branchX + theirs.width(bw));
        double height = bottomHeaderY + headerHeight;
        if (place) {
            for (int i = 0; i < shared.size(); i++) {
                shared.get(i).resizeRelocate(left + i * (bw + LINK), sharedY, bw, bh);
                if (i > 0) {
                    double y = sharedY + bh / 2;
                    connect(sharedLinks.get(i - 1), left + i * (bw + LINK) - LINK, y, left + i * (bw + LINK), y);
                }
            }
            caption.resizeRelocate(
                    forkRight - captionWidth, Math.max(0, sharedY - captionHeight - 2), captionWidth, captionHeight);
            double splitY = sharedY + bh / 2;
            ours.place(forkRight, splitY, branchX, topY, 0, bw, bh);
            theirs.place(forkRight, splitY, branchX, bottomY, bottomHeaderY, bw, bh);
        }
        return new Size(Math.ceil(width), Math.ceil(height));
    }

    /** One branch after the fork point: its name and tag, its blocks, "+N more", and the lines between them. */
    private static final class Branch {

        private final HBox header;
        private final List<Region> blocks = new ArrayList<>();
        /** "+N more", or null when every block is shown. */
        private final Label more;
        /** Said instead of blocks when the branch has none. */
        private final Label empty;
        /** From the fork point to the first box, then between boxes. */
        private final List<Shape> links = new ArrayList<>();

        Branch(ForkPicture picture, String name, String side, boolean winner, List<Mark> marks, int hidden) {
            String outcome = winner ? "fork-winner" : "fork-loser";
            List<String> classes = List.of(side, outcome);
            Label nameLabel = new Label(name);
            nameLabel.getStyleClass().add("fork-branch-name");
            nameLabel.setMaxWidth(NAME_WIDTH);
            nameLabel.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            nameLabel.setEllipsisString("…");
            nameLabel.setTooltip(new Tooltip(name));
            Label tag = new Label(
                    winner ? ForkDescription.winnerTag(picture) : ForkDescription.loserTag(picture),
                    new FontIcon(winner ? "fth-check-circle" : "fth-x-circle"));
            tag.getStyleClass().addAll("fork-tag", side, outcome);
            tag.setMinWidth(Region.USE_PREF_SIZE);
            header = new HBox(8, nameLabel, tag);
            header.setAlignment(Pos.CENTER_LEFT);
            header.getStyleClass().addAll("fork-branch-header", side, outcome);

            CubicCurve split = new CubicCurve();
            split.setFill(null);
            split.getStyleClass().addAll("fork-link", "fork-split", side, outcome);
            links.add(split);
            for (int i = 0; i < marks.size(); i++) {
                blocks.add(block(marks.get(i), classes));
                if (i > 0) {
                    links.add(link(classes));
                }
            }
            if (hidden > 0) {
                long last = (marks.isEmpty()
                                ? picture.forkIndex()
                                : marks.get(marks.size() - 1).index())
                        + hidden;
                more = new Label(tr("fork.more", String.valueOf(hidden)));
                more.getStyleClass().addAll("fork-more", side, outcome);
                more.setAlignment(Pos.CENTER);
                more.setMinWidth(Region.USE_PREF_SIZE);
                more.setTooltip(new Tooltip(
                        hidden == 1
                                ? tr("fork.more.tooltipOne", String.valueOf(hidden), String.valueOf(last))
                                : tr("fork.more.tooltipMany", String.valueOf(hidden), String.valueOf(last))));
                Line toMore = link(classes);
                toMore.getStyleClass().add("fork-link-more");
                links.add(toMore);
            } else {
                more = null;
            }
            if (marks.isEmpty()) {
                empty = new Label(tr("fork.empty", String.valueOf(picture.forkIndex())));
                empty.getStyleClass().addAll("fork-empty", side, outcome);
            } else {
                empty = null;
            }
        }

        void addBoxes(List<Node> nodes) {
            nodes.addAll(blocks);
            if (more != null) {
                nodes.add(more);
            }
            if (empty != null) {
                nodes.add(empty);
            }
            nodes.add(header);
        }

        /** How far right of the fork the row and its name reach. */
        double width(double bw) {
            double row = blocks.size() * (bw + LINK) - LINK;
            if (more != null) {
                row += LINK + Math.ceil(more.prefWidth(-1));
            }
            if (empty != null) {
                row = Math.ceil(empty.prefWidth(-1));
            }
            return Math.max(row, Math.ceil(header.prefWidth(-1)));
        }

        /**
         * Lays the row out from {@code x} at {@code y}, with its name at {@code headerY} (0: above the
         * row), and the line from the fork point's right edge at ({@code forkX}, {@code forkY}).
         */
        void place(double forkX, double forkY, double x, double y, double headerY, double bw, double bh) {
            double middle = y + bh / 2;
            CubicCurve split = (CubicCurve) links.get(0);
            split.setStartX(forkX);
            split.setStartY(forkY);
            split.setControlX1(forkX + SPLIT / 2);
            split.setControlY1(forkY);
            split.setControlX2(x - SPLIT / 2);
            split.setControlY2(middle);
            split.setEndX(x);
            split.setEndY(middle);
            double at = x;
            for (int i = 0; i < blocks.size(); i++) {
                if (i > 0) {
                    connect((Line) links.get(i), at - LINK, middle, at, middle);
                }
                blocks.get(i).resizeRelocate(at, y, bw, bh);
                at += bw + LINK;
            }
            if (more != null) {
                connect((Line) links.get(links.size() - 1), at - LINK, middle, at, middle);
                more.resizeRelocate(at, y, Math.ceil(more.prefWidth(-1)), bh);
            }
            if (empty != null) {
                double height = Math.ceil(empty.prefHeight(-1));
                empty.resizeRelocate(x, Math.round(middle - height / 2), Math.ceil(empty.prefWidth(-1)), height);
            }
            double headerHeight = Math.ceil(header.prefHeight(-1));
            header.resizeRelocate(x, headerY, Math.ceil(header.prefWidth(-1)), headerHeight);
        }
    }

    /** A block's box: "#index" over the start of its hash; the whole hash in its tooltip. */
    private static Region block(Mark mark, List<String> classes) {
        Label index = new Label("#" + mark.index());
        index.getStyleClass().add("fork-index");
        Label hash = new Label(ForkDescription.shortHash(mark.hash()));
        hash.getStyleClass().add("fork-hash");
        VBox box = new VBox(index, hash);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("fork-block");
        box.getStyleClass().addAll(classes);
        Tooltip.install(box, new Tooltip(tr("fork.block.tooltip", String.valueOf(mark.index()), mark.hash())));
        return box;
    }

    private static Line link(List<String> classes) {
        Line line = new Line();
        line.getStyleClass().add("fork-link");
        line.getStyleClass().addAll(classes);
        return line;
    }

    private static void connect(Line line, double x1, double y1, double x2, double y2) {
        line.setStartX(x1);
        line.setStartY(y1);
        line.setEndX(x2);
        line.setEndY(y2);
    }
}
