package dev.blockdesk.ui.welcome;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;

/**
 * The welcome panel: what Blockdesk is and four things to try, each one click away. The actions
 * belong to the window, which hands them in with {@link #actions}.
 */
public final class WelcomeController {

    /** What the four buttons do. */
    public record Actions(Runnable mine, Runnable send, Runnable addPeer, Runnable openSandbox) {}

    private final WelcomeViewModel model;
    private Actions actions;

    @FXML
    private VBox welcomePanel;

    @FXML
    private Button welcomeMineButton;

    @FXML
    private Button welcomeSandboxButton;

    public WelcomeController(WelcomeViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        welcomePanel.visibleProperty().bind(model.shownProperty());
        welcomePanel.managedProperty().bind(welcomePanel.visibleProperty());
    }

    /** What the buttons do; a button whose action is null is not shown. */
    public void actions(Actions actions) {
        this.actions = actions;
        welcomeSandboxButton.setVisible(actions.openSandbox() != null);
        welcomeSandboxButton.setManaged(actions.openSandbox() != null);
    }

    /** The first thing to try has the keyboard focus when the panel is shown. */
    public void focus() {
        welcomeMineButton.requestFocus();
    }

    @FXML
    private void mine() {
        run(actions == null ? null : actions.mine());
    }

    @FXML
    private void send() {
        run(actions == null ? null : actions.send());
    }

    @FXML
    private void addPeer() {
        run(actions == null ? null : actions.addPeer());
    }

    @FXML
    private void openSandbox() {
        run(actions == null ? null : actions.openSandbox());
    }

    @FXML
    private void dismiss() {
        model.dismiss();
    }

    private static void run(Runnable action) {
        if (action != null) {
            action.run();
        }
    }
}
