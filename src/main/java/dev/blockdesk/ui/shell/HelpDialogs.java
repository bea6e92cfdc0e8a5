package dev.blockdesk.ui.shell;

import dev.blockdesk.ui.i18n.Messages;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The Help menu's dialogs: the node's API with curl examples, and About. */
final class HelpDialogs {

    private HelpDialogs() {}

    /** The API this node serves at {@code url}, with curl lines a learner can paste. */
    static void api(Window owner, String url, String nodeId) {
        String text = apiText(url, nodeId);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(Messages.tr("api.title"));
        alert.setHeaderText(Messages.tr("api.header"));
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

    /** Where a route's description starts, so the descriptions line up. */
    private static final int ROUTE_WIDTH = 28;

    /**
     * The text of {@link #api}: the routes and request bodies as the protocol writes them, each with
     * what it does in the window's language, then curl lines.
     */
    static String apiText(String url, String nodeId) {
        String json = // not shown: a curl option to paste, the same in every language
                "-H 'Content-Type: application/json'";
        return Messages.tr("api.intro", url) + "\n\n"
                + route("GET  /chain", Messages.tr("api.chain"))
                + route("GET  /mine", Messages.tr("api.mine"))
                + route("POST /transactions/new", "{\"sender\", \"recipient\", \"amount\"}")
                + route("GET  /transactions/pending", Messages.tr("api.pending"))
                + route("POST /nodes/register", "{\"nodes\": [\"http://127.0.0.1:5001\"]}")
                + route("GET  /nodes", Messages.tr("api.nodes"))
                + route("GET  /nodes/resolve", Messages.tr("api.resolve")) + "\n"
                + "curl " + url + "/chain\n"
                + "curl " + url + "/mine\n"
                + "curl -X POST " + json + " -d '{\"sender\": \"" + nodeId
                + "\", \"recipient\": \"bob\", \"amount\": 5}' " + url + "/transactions/new\n"
                + "curl -X POST -d '{\"nodes\": [\"http://127.0.0.1:5001\"]}' " + url + "/nodes/register\n"
                + "curl " + url + "/nodes/resolve\n";
    }

    private static String route(String route, String description) {
        return String.format(Locale.ROOT, "%-" + ROUTE_WIDTH + "s%s\n", route, description);
    }

    /**
     * About Blockdesk {@code version}: {@code text} names the version, Java and JavaFX, the dialects,
     * the data directory and the log file.
     */
    static void about(Window owner, String version, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.setTitle(Messages.tr("about.title"));
        alert.setHeaderText(Messages.tr("about.header", version));
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
