package dev.blockdesk.ui.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.app.NodeStartup;
import dev.blockdesk.node.CorsOrigins;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.FakeNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/** The Peers tab's "Web pages that may use this node" on its own, against a fake node; all work runs on the test's thread. */
class WebAccessViewModelTest {

    private final FakeNode node = new FakeNode();
    private final List<String> notices = new ArrayList<>();
    private final Map<String, String> saved = new HashMap<>();
    private final SimpleBooleanProperty ready = new SimpleBooleanProperty(false);
    private final WebAccessViewModel model =
            new WebAccessViewModel(ready, new Background(Runnable::run, Runnable::run, notices::add), saved::put);

    @Test
    void showsWhatTheNodeStartedWithAndAppliesWhatIsTyped() {
        node.cors = CorsOrigins.parse("https://given.example");
        assertTrue(model.applyDisabledProperty().get(), "nothing to apply to before the node runs");
        model.attach(node);
        ready.set(true);
        assertFalse(model.applyDisabledProperty().get());
        assertEquals("https://given.example", model.textProperty().get());
        assertEquals(
                "1 web origin may read the chain, pending transactions and peers; none may change the node.",
                model.summaryProperty().get());

        model.textProperty().set("http://localhost:3000=write,  https://EXPLORER.example/");
        model.apply();
        assertEquals("http://localhost:3000=write https://explorer.example", node.cors.describe());
        assertEquals(
                "http://localhost:3000=write https://explorer.example",
                model.textProperty().get(),
                "shown as it is read");
        assertEquals("http://localhost:3000=write https://explorer.example", saved.get(NodeStartup.CORS));
        assertEquals(
                "2 web origins may read the chain, pending transactions and peers; 1 may also change it (post, mine, add peers).",
                model.summaryProperty().get());

        model.textProperty().set("");
        model.apply();
        assertTrue(node.cors.isEmpty());
        assertEquals(WebAccessViewModel.none(), model.summaryProperty().get());
        assertEquals("", saved.get(NodeStartup.CORS));
        assertEquals(List.of(), notices);
    }

    @Test
    void aWrongEntryIsNamedAndChangesNothing() {
        model.attach(node);
        ready.set(true);
        model.textProperty().set("https://ok.example explorer.example");
        model.apply();
        assertEquals(
                "\"explorer.example\" is not a web origin: it must start with a scheme, like https:// (like https://explorer.example"
                        + " or http://localhost:3000; add =write to let it write too)",
                model.errorProperty().get());
        assertTrue(node.cors.isEmpty(), "nothing changed");
        assertFalse(saved.containsKey(NodeStartup.CORS));
        assertEquals(WebAccessViewModel.none(), model.summaryProperty().get());
        model.textProperty().set("https://ok.example");
        assertEquals("", model.errorProperty().get(), "the message goes as the text changes");
    }
}
