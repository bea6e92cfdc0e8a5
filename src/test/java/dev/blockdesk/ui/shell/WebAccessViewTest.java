package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.app.RawHttp;
import dev.blockdesk.node.Node;
import dev.blockdesk.node.NodeConfig;
import dev.blockdesk.ui.LiveNode;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Peers tab's "Web pages that may use this node", typed into and applied, against a real node a page then reaches. */
class WebAccessViewTest extends FxRobot {

    private static final String TX = "{\"sender\": \"page\", \"recipient\": \"b\", \"amount\": 1}";
    private Node node;
    private MainViewModel model;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        node = new Node(NodeConfig.defaults()
                .withPort(0)
                .withDifficulty(2)
                .withMinerThreads(1)
                .withMutualPeering(false));
        node.start();
        model = WaitForAsyncUtils.asyncFx(() -> {
                    MainViewModel attached = new MainViewModel(
                            node.nodeId(), Runnable::run, Platform::runLater, Clock.systemUTC(), (k, v) -> {});
                    attached.attach(new LiveNode(node));
                    return attached;
                })
                .get(10, TimeUnit.SECONDS);
        Views.mount("/dev/blockdesk/ui/peers/peers.fxml", model, null);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        node.close();
    }

    private RawHttp.Answer postFrom(String origin) throws Exception {
        return RawHttp.send(
                node.port(),
                RawHttp.Request.of("POST", "/transactions/new")
                        .body("application/json", TX)
                        .with("Origin", origin));
    }

    @Test
    void anOriginNamedForWritesGetsInAndAWrongEntryIsNamed() throws Exception {
        assertEquals(
                "No web page of another origin can read this node or make it do anything.",
                lookup("#corsSummary").queryAs(Label.class).getText());
        assertEquals(403, postFrom("http://localhost:3000").status());

        clickOn("#corsField").write("http://localhost:3000=write");
        clickOn("#applyCorsButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "1 web origin may read the chain, pending transactions and peers; 1 may also change it (post, mine, add peers).",
                lookup("#corsSummary").queryAs(Label.class).getText());
        assertEquals(201, postFrom("http://localhost:3000").status());
        assertEquals(403, postFrom("http://localhost:3001").status());

        clickOn("#corsField").push(KeyCode.END).write(" localhost:4000").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                lookup("#corsError")
                        .queryAs(Label.class)
                        .getText()
                        .startsWith("\"localhost:4000\" is not a web origin"),
                lookup("#corsError").queryAs(Label.class).getText());
        assertTrue(node.cors().mayWrite("http://localhost:3000"), "the wrong entry changed nothing");
    }
}
