package dev.blockdesk.ui.shell;

import dev.blockdesk.app.NodeSetup;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The dialogs of start-up: a node that cannot start, a stored chain that is damaged. */
final class Dialogs {

    private Dialogs() {}

    /** Says why Blockdesk cannot go on; returns when the user has read it. */
    static void fatal(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.showAndWait();
    }

    /** Asks whether to start from the valid blocks before the first bad one; true when the user agrees. */
    static boolean recover(Window owner, NodeSetup.InvalidStoredChainException e) {
        ButtonType recover = new ButtonType(
                Messages.tr("recover.start", String.valueOf(e.validBlocks())), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(Messages.tr("recover.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert =
                new Alert(Alert.AlertType.WARNING, Messages.tr("recover.text", Background.reason(e)), recover, quit);
        alert.setTitle(Messages.tr("recover.title"));
        alert.setHeaderText(Messages.tr("recover.title"));
        alert.initOwner(owner);
        return alert.showAndWait().orElse(quit) == recover;
    }
}
