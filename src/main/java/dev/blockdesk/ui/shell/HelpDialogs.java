package dev.blockdesk.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The Help menu's dialogs: the node's API with curl examples, and About. */
final class HelpDialogs {

    private HelpDialogs() {
    }

    /** The API this node serves at {@code url}, with curl lines a learner can paste. */
    static void api(Window owner, String url, String nodeId) {
        String text = "This node serves the Python tutorial node's API at " + url + "\n\n"
                + "GET  /chain                 the whole chain\n"
                + "GET  /mine                  mine a block\n"
                + "POST /transactions/new      {\"sender\", \"recipient\", \"amount\"}\n"
                + "GET  /transactions/pending  pending transactions\n"
                + "POST /nodes/register        {\"nodes\": [\"http://127.0.0.1:5001\"]}\n"
                + "GET  /nodes                 peers and their status\n"
                + "GET  /nodes/resolve         consensus with the peers\n\n"
                + "curl " + url + "/chain\n"
                + "curl " + url + "/mine\n"
                + "curl -X POST -H 'Content-Type: application/json' -d '{\"sender\": \"" + nodeId
                + "\", \"recipient\": \"bob\", \"amount\": 5}' " + url + "/transactions/new\n"
                + "curl -X POST -d '{\"nodes\": [\"http://127.0.0.1:5001\"]}' " + url + "/nodes/register\n"
                + "curl " + url + "/nodes/resolve\n";
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("API endpoints");
        alert.setHeaderText("API endpoints and curl examples");
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.getStyleClass().add("mono");
        area.setPrefColumnCount(90);
        area.setPrefRowCount(16);
        alert.getDialogPane().setContent(area);
        widerThanTheTheme(alert); // the curl lines need more than 600 px
        alert.initOwner(owner);
        alert.show();
    }

    /**
     * About Blockdesk {@code version}: {@code text} names the version, Java and JavaFX, the dialects,
     * the data directory and the log file.
     */
    static void about(Window owner, String version, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.setTitle("About Blockdesk");
        alert.setHeaderText("Blockdesk " + version);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE); // the whole text, never clipped
        alert.getDialogPane().setPrefWidth(720); // a dialect and its tutorial on one line
        widerThanTheTheme(alert);
        alert.initOwner(owner);
        alert.show();
    }

    /**
     * Lets {@code alert} be as wide as it wants: the theme caps dialogs at 600 px, and its stylesheet
     * wins over a width set in code before the dialog is shown, so the cap is lifted by an inline style.
     */
    private static void widerThanTheTheme(Alert alert) {
        alert.getDialogPane().setStyle("-fx-max-width: 1000px;");
    }
}
