package dev.blockdesk.ui.cards;

import dev.blockdesk.chain.Sha256;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A block's hash with its leading zeros set apart, as the cards in the Blocks tab and the sandbox
 * show it: the zeros are what the proof of work is about, so a learner sees them first. The hash
 * can be shortened to its first {@code shown} characters with an ellipsis. Reusable: a virtualized
 * cell calls {@link #show} again for each block it is given.
 */
public final class HashText extends TextFlow {

    private final Text zeros = new Text();
    private final Text rest = new Text();

    /** An empty hash text; {@code shown} characters of each hash are shown, 0 for all. */
    public HashText() {
        getStyleClass().addAll("hash-text", "mono");
        zeros.getStyleClass().add("hash-zeros");
        rest.getStyleClass().add("hash-rest");
        getChildren().addAll(zeros, rest);
    }

    /** Shows {@code hash}, its first {@code shown} characters followed by an ellipsis when it is longer (0: the whole hash). */
    public void show(String hash, int shown) {
        String text = hash == null ? "" : hash;
        int leading = Sha256.leadingZeros(text);
        String visible = shown > 0 && text.length() > shown ? text.substring(0, shown) + "…" : text;
        int zeroCount = Math.min(leading, visible.length());
        zeros.setText(visible.substring(0, zeroCount));
        rest.setText(visible.substring(zeroCount));
    }

    /** The zeros shown apart, for tests and accessible text. */
    public String zerosText() {
        return zeros.getText();
    }

    /** Everything shown, zeros and the rest. */
    public String shownText() {
        return zeros.getText() + rest.getText();
    }
}
