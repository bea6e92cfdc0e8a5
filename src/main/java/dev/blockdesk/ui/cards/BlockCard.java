package dev.blockdesk.ui.cards;

import dev.blockdesk.chain.Block;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.i18n.Messages;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One block as a read-only card, as the Blocks tab's card view shows it (and the sandbox lays out
 * its editable ones): "Block N" and its time, its proof and transaction count, its hash with the
 * leading zeros set apart ({@link HashText}), and its {@code previous_hash}, shortened, with an
 * arrow to the block it names. A card is {@code valid} (green) or {@code invalid} (red, with the
 * reason under it), or neither while nobody has checked it. Reusable: a virtualized cell calls
 * {@link #show} again for each block it is given.
 */
public final class BlockCard extends VBox {

    /** How many characters of a {@code previous_hash} are shown: enough to recognise the hash it names. */
    public static final int PREVIOUS_SHOWN = 16;
    /**
     * How many characters of the hash are shown by default: the zeros and enough to tell it from any
     * other, on one line even with the window's text at 150% (the detail pane has the whole hash).
     */
    public static final int HASH_SHOWN = 32;

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final Label title = label("block-card-title");
    private final Label time = label("block-card-time");
    private final Label proof = label("block-card-proof");
    private final Label transactions = label("block-card-transactions");
    private final HashText hash = new HashText();
    private final HashText previous = new HashText();
    private final FontIcon arrow = new FontIcon("fth-arrow-down");
    private final Label link = label("block-card-link");
    private final Label reason = label("block-card-reason");
    private int hashShown = HASH_SHOWN;

    public BlockCard() {
        getStyleClass().add("block-card");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, time);
        HBox facts = new HBox(16, proof, transactions);
        header.setAlignment(Pos.BASELINE_LEFT);
        hash.getStyleClass().add("block-card-hash");
        HBox hashLine = new HBox(6, key(Messages.tr("cards.key.hash")), hash);
        hashLine.setAlignment(Pos.BASELINE_LEFT);
        previous.getStyleClass().add("block-card-previous");
        arrow.getStyleClass().add("block-card-arrow");
        link.setGraphic(arrow);
        HBox previousLine = new HBox(6, key(Messages.tr("cards.key.previous")), previous, link);
        previousLine.getStyleClass().add("block-link");
        previousLine.setAlignment(Pos.BASELINE_LEFT);
        reason.setWrapText(true);
        reason.setMinWidth(0);
        reason.managedProperty().bind(reason.visibleProperty());
        reason.setVisible(false);
        getChildren().addAll(header, facts, hashLine, previousLine, reason);
    }

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label key(String text) {
        Label key = new Label(text);
        key.getStyleClass().add("block-card-key");
        return key;
    }

    /**
     * Shows {@code block}, its {@code previous_hash} with an arrow to {@code link}, the block it
     * points to, e.g. "Block 41"; null or empty: neither text nor arrow.
     */
    public void show(Block block, String link) {
        show(block, link, link != null && !link.isEmpty());
    }

    /**
     * Shows {@code block}. {@code link} names the block its {@code previous_hash} points to, e.g.
     * "Block 41" ({@code toBlock}: with an arrow), or says why it points to none (the genesis
     * block's); null or empty shows neither.
     */
    public void show(Block block, String link, boolean toBlock) {
        show(
                block.index(),
                Formats.localTime(block.timestamp()),
                block.proofText(),
                block.transactionCount(),
                block.hash(),
                block.previousHash(),
                link,
                toBlock);
    }

    /**
     * Shows a block given as text (a stored block that cannot be read has no time, proof or
     * transactions: pass what to show instead, and a negative count to show none); {@code toBlock}:
     * {@code linkText} names a block, and an arrow points to it.
     */
    public void show(
            long index,
            String timeText,
            String proofText,
            int transactionCount,
            String hashText,
            String previousHash,
            String linkText,
            boolean toBlock) {
        title.setText(Messages.tr("cards.title", String.valueOf(index)));
        time.setText(timeText);
        proof.setText(Messages.tr("cards.proof", proofText));
        transactions.setText(
                transactionCount < 0
                        ? ""
                        : transactionCount == 1
                                ? Messages.tr("cards.transactions.one")
                                : Messages.tr("cards.transactions.other", String.valueOf(transactionCount)));
        hash.show(hashText, hashShown);
        previous.show(previousHash, PREVIOUS_SHOWN);
        boolean linked = linkText != null && !linkText.isEmpty();
        link.setText(linked ? linkText : "");
        link.setGraphic(linked && toBlock ? arrow : null);
    }

    /** Shows {@code characters} of each hash from now on (0: the whole hash). */
    public void setHashShown(int characters) {
        hashShown = characters;
    }

    /** Green when {@code valid}; red with {@code why} under the card when not. */
    public void showValidity(boolean valid, String why) {
        String shown = valid ? "valid" : "invalid";
        if (!getStyleClass()
                .contains(shown)) { // a changed style class restyles the card: not again for each block a cell shows
            getStyleClass().removeAll("valid", "invalid");
            getStyleClass().add(shown);
        }
        reason.setText(valid || why == null ? "" : why);
        reason.setVisible(!valid && why != null && !why.isEmpty());
    }

    /** Neither green nor red: not checked (yet). */
    public void clearValidity() {
        getStyleClass().removeAll("valid", "invalid");
        reason.setText("");
        reason.setVisible(false);
    }

    /** Marks the card as the selected one (a cell of a list sets it as it is selected). */
    public void showSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    /** "Block 42". */
    public String titleText() {
        return title.getText();
    }

    /** The time as shown. */
    public String timeText() {
        return time.getText();
    }

    /** "proof 35293". */
    public String proofText() {
        return proof.getText();
    }

    /** "3 transactions". */
    public String transactionsText() {
        return transactions.getText();
    }

    /** The hash, its leading zeros apart. */
    public HashText hash() {
        return hash;
    }

    /** The {@code previous_hash}, shortened. */
    public HashText previousHash() {
        return previous;
    }

    /** What the arrow from the {@code previous_hash} points to, e.g. "Block 41". */
    public String linkText() {
        return link.getText();
    }

    /** Why the card is red; empty when it is not. */
    public String reasonText() {
        return reason.getText();
    }

    /** True when green, false when red, null when neither. */
    public Boolean validity() {
        return getStyleClass().contains("valid")
                ? Boolean.TRUE
                : getStyleClass().contains("invalid") ? Boolean.FALSE : null;
    }
}
