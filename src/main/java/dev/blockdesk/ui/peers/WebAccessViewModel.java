package dev.blockdesk.ui.peers;

import dev.blockdesk.app.NodeStartup;
import dev.blockdesk.node.CorsOrigins;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.DesktopNode;
import dev.blockdesk.ui.i18n.Messages;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Peers tab's "Web pages that may use this node": the window's {@code --cors}. Empty lets no web
 * page of another origin in; each origin named may read the read-only endpoints, one ending in
 * {@code =write} may also change the node. Applied when the user says so, remembered in the data
 * directory; a wrong entry is named under the field and changes nothing.
 */
public final class WebAccessViewModel {

    /** What the summary says while no web page of another origin may use the node. */
    static String none() {
        return Messages.tr("peers.cors.none");
    }

    private final ReadOnlyBooleanProperty ready;
    private final Background background;
    private final BiConsumer<String, String> saveSetting;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(none());
    private final BooleanBinding applyDisabled;
    private DesktopNode node;

    WebAccessViewModel(ReadOnlyBooleanProperty ready, Background background, BiConsumer<String, String> saveSetting) {
        this.ready = ready;
        this.background = background;
        this.saveSetting = saveSetting;
        text.addListener((o, was, now) -> error.set(""));
        applyDisabled = Bindings.createBooleanBinding(() -> !ready.get() || node == null, ready);
    }

    /** Shows the origins the running node lets in: {@code --cors}, or the remembered list. */
    void attach(DesktopNode running) {
        this.node = running;
        CorsOrigins origins = running.cors();
        text.set(origins.describe());
        summary.set(describe(origins));
        applyDisabled.invalidate();
    }

    /** Lets in the origins the field names, or says which entry is wrong and changes nothing. */
    public void apply() {
        if (applyDisabled.get()) {
            return;
        }
        CorsOrigins origins;
        try {
            origins = CorsOrigins.parse(text.get());
        } catch (IllegalArgumentException e) {
            String reason = Background.reason(e);
            error.set(Character.toUpperCase(reason.charAt(0)) + reason.substring(1));
            return;
        }
        DesktopNode running = node;
        text.set(origins.describe());
        summary.set(describe(origins));
        background.run(Messages.tr("peers.action.setCors"), () -> running.setCors(origins));
        saveSetting.accept(NodeStartup.CORS, origins.describe());
    }

    static String describe(CorsOrigins origins) {
        if (origins.isEmpty()) {
            return none();
        }
        int writers = origins.writers().size();
        if (origins.anyReader()) {
            return writers == 0
                    ? Messages.tr("peers.cors.everyPage")
                    : Messages.tr("peers.cors.everyPage.writers", String.valueOf(writers));
        }
        int readers = origins.readers().size();
        return writers == 0
                ? Messages.tr("peers.cors.origins", readers)
                : Messages.tr("peers.cors.origins.writers", readers, String.valueOf(writers));
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public BooleanBinding applyDisabledProperty() {
        return applyDisabled;
    }
}
