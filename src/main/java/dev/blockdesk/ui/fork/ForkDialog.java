package dev.blockdesk.ui.fork;

import static dev.blockdesk.ui.i18n.Messages.tr;

import dev.blockdesk.chain.ForkPicture;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * A fork in a window of its own: one line saying which branch wins and why (the protocol keeps the
 * longest valid chain; a tie keeps ours), the {@link ForkGraph} ({@code #forkGraph}) and Close. It
 * is not modal and does not wait: the main window stays usable while it is open, and several can be
 * open at once. Call it on the FX thread, e.g. from the Peers tab or the reorg banner:
 *
 * <pre>{@code ForkDialog.show(stage, picture, null); // titled "Fork with 127.0.0.1:5001"}</pre>
 */
public final class ForkDialog {

    /** The application's stylesheet, which styles the graph: a dialog is a scene of its own. */
    private static final String STYLESHEET = "/dev/blockdesk/ui/shell/blockdesk.css";
    /** The explanation wraps at this width when the graph is narrower. */
    private static final double TEXT_WIDTH = 460;

    private ForkDialog() {}

    /**
     * Opens the dialog and returns at once.
     *
     * @param owner   the window it belongs to (it stays above it and closes with it); null, or a window
     *                without a scene, for none
     * @param picture the fork to show
     * @param title   the window's title; null for "Fork with " and the other chain's name
     * @return the dialog, already showing (for a caller that wants to close it itself)
     */
    public static Dialog<ButtonType> show(Window owner, ForkPicture picture, String title) {
        Dialog<ButtonType> dialog = create(owner, picture, title);
        dialog.show();
        return dialog;
    }

    /** The title a dialog gets when given none: "Fork with 127.0.0.1:5001". */
    public static String defaultTitle(ForkPicture picture) {
        return tr("fork.dialog.title", picture.theirName());
    }

    static Dialog<ButtonType> create(Window owner, ForkPicture picture, String title) {
        Objects.requireNonNull(picture, "picture");
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initModality(Modality.NONE);
        if (owner != null
                && owner.getScene() != null) { // JavaFX copies the owner scene's stylesheets, and fails without one
            dialog.initOwner(owner);
        }
        dialog.setTitle(title == null ? defaultTitle(picture) : title);
        dialog.setResizable(true);

        Label explanation = new Label(ForkDescription.explanation(picture));
        explanation.setId("forkExplanation");
        explanation.getStyleClass().add("fork-explanation");
        explanation.setWrapText(true);
        explanation.setPrefWidth(TEXT_WIDTH);
        explanation.setMaxWidth(Double.MAX_VALUE); // as wide as the graph, wrapped below that
        explanation.setMinHeight(Label.USE_PREF_SIZE);
        ForkGraph graph = new ForkGraph(picture);
        graph.setId("forkGraph");

        DialogPane pane = dialog.getDialogPane();
        pane.setHeaderText(null);
        VBox content = new VBox(14, explanation, graph);
        content.getStyleClass().add("fork-dialog-content");
        pane.getStyleClass().add("fork-dialog");
        pane.setContent(content);
        // JavaFX's own Close speaks the system's language, not the window's
        ButtonType closeType = new ButtonType(tr("fork.dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(closeType);
        Node close = pane.lookupButton(closeType);
        close.setId("closeForkButton");
        pane.getStylesheets()
                .add(Objects.requireNonNull(ForkDialog.class.getResource(STYLESHEET), STYLESHEET)
                        .toExternalForm());
        return dialog;
    }
}
