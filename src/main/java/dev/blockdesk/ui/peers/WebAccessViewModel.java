package dev.blockdesk.ui.peers;

import dev.blockdesk.app.NodeStartup;
import dev.blockdesk.node.CorsOrigins;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.DesktopNode;
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

    static final String NONE = "No web page of another origin can read this node or make it do anything.";

    private final ReadOnlyBooleanProperty ready;
    private final Background background;
    private final BiConsumer<String, String> saveSetting;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(NONE);
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
            error.set(Character.toUpperCase(e.getMessage().charAt(0)) + e.getMessage().substring(1));
            return;
        }
        DesktopNode running = node;
        text.set(origins.describe());
        summary.set(describe(origins));
        background.run("let web pages use the node", () -> running.setCors(origins));
        saveSetting.accept(NodeStartup.CORS, origins.describe());
    }

    static String describe(CorsOrigins origins) {
        if (origins.isEmpty()) {
            return NONE;
        }
        long writers = origins.writers().size();
        String readers = origins.anyReader() ? "Every web page" : origins.readers().size() == 1 ? "1 web origin" : origins.readers().size() + " web origins";
        return readers + " may read the chain, pending transactions and peers"
                + (writers == 0 ? "; none may change the node." : "; " + writers + " may also change it (post, mine, add peers).");
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
