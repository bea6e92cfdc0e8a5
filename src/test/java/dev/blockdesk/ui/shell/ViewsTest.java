package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.node.Node;
import dev.blockdesk.node.NodeConfig;
import dev.blockdesk.testing.Wait;
import dev.blockdesk.ui.LiveNode;
import dev.blockdesk.ui.blocks.BlockRow;
import dev.blockdesk.ui.peers.PeerRow;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Each tab mounted on its own, with a real node behind its view model. */
class ViewsTest extends FxRobot {

    private Node node;
    private MainViewModel model;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        node = new Node(NodeConfig.defaults().withPort(0).withDifficulty(2).withMinerThreads(1));
        node.start();
        model = WaitForAsyncUtils.asyncFx(() -> {
                    MainViewModel attached = new MainViewModel(
                            node.nodeId(), Runnable::run, Platform::runLater, Clock.systemUTC(), (k, v) -> {});
                    attached.attach(new LiveNode(node));
                    return attached;
                })
                .get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        node.close();
    }

    private void mount(String fxml) throws Exception {
        Views.mount(fxml, model, null);
    }

    @Test
    void theBlocksViewListsBlocksAndExplainsTheOneFound() throws Exception {
        node.mine().get(10, TimeUnit.SECONDS);
        node.mine().get(10, TimeUnit.SECONDS);
        mount("/dev/blockdesk/ui/blocks/blocks.fxml");
        interact(model::tick);
        TableView<?> table = lookup("#blocksTable").queryAs(TableView.class);
        assertEquals(3, table.getItems().size());
        assertEquals(3, ((BlockRow) table.getItems().get(0)).getIndex(), "newest first");
        assertTrue(lookup("#chainValidityLabel").queryAs(Label.class).getText().startsWith("Valid chain of 3 blocks"));

        clickOn("#searchField").write("2").push(KeyCode.ENTER);
        String explain = lookup("#explainArea").queryAs(TextArea.class).getText();
        assertTrue(
                explain.contains("sha256(\"100" + node.chain().block(2).proofText()
                        + node.chain().block(1).hash() + "\")"),
                explain);
        assertTrue(lookup("#detailArea")
                .queryAs(TextArea.class)
                .getText()
                .contains(node.chain().block(2).hash()));
        assertTrue(lookup("#blockDetail").query().isVisible());
        assertEquals(
                2, ((BlockRow) table.getSelectionModel().getSelectedItem()).getIndex(), "the table follows the search");
    }

    @Test
    void theBlocksViewShowsTheCheckOfTheStoredChainUntilTheNodeRuns() throws Exception {
        model = WaitForAsyncUtils.asyncFx(() -> new MainViewModel(
                        node.nodeId(), Runnable::run, Platform::runLater, Clock.systemUTC(), (k, v) -> {}))
                .get(10, TimeUnit.SECONDS);
        model.opening(30_000, 120_000);
        mount("/dev/blockdesk/ui/blocks/blocks.fxml");
        interact(model::tick);
        assertEquals(
                "Checking the stored chain: 30,000 of 120,000 blocks…",
                lookup("#blocksPlaceholder").queryAs(Label.class).getText());
        ProgressBar progress = lookup("#blocksProgress").queryAs(ProgressBar.class);
        assertTrue(progress.isVisible());
        assertEquals(0.25, progress.getProgress(), 1e-9);
        assertTrue(
                lookup("#chainValidityLabel").queryAs(Label.class).getText().startsWith("Checking the stored chain"));

        interact(() -> model.attach(new LiveNode(node)));
        TableView<?> table = lookup("#blocksTable").queryAs(TableView.class);
        assertEquals(1, table.getItems().size(), "the genesis block, once the node runs");
        assertFalse(progress.isVisible());
        assertTrue(lookup("#chainValidityLabel").queryAs(Label.class).getText().startsWith("Valid chain of 1 block:"));
    }

    @Test
    void thePendingViewRefusesABadAmountInline() throws Exception {
        mount("/dev/blockdesk/ui/pending/pending.fxml");
        clickOn("#recipientField").write("carol");
        clickOn("#amountField").write("1e400");
        assertEquals(
                "Amount must be a finite number, found Infinity",
                lookup("#amountError").queryAs(Label.class).getText());
        assertTrue(lookup("#submitTransactionButton").queryAs(Button.class).isDisabled());
        clickOn("#amountField").eraseText(5).write("7");
        clickOn("#submitTransactionButton");
        Wait.until(
                "the view follows the node",
                Duration.ofSeconds(20),
                () -> lookup("#transactionMessageLabel")
                        .queryAs(Label.class)
                        .getText()
                        .equals("Transaction will be added to Block 2"));
        interact(model::tick);
        assertEquals(
                1, lookup("#pendingTable").queryAs(TableView.class).getItems().size());
    }

    @Test
    void thePeersViewChecksAddressesAndAddsAPeer() throws Exception {
        mount("/dev/blockdesk/ui/peers/peers.fxml");
        clickOn("#peerAddressField").write("127.0.0.1:99999");
        assertEquals(
                "The port must be a number from 1 to 65535, not 99999",
                lookup("#peerAddressError").queryAs(Label.class).getText());
        assertTrue(lookup("#addPeerButton").queryAs(Button.class).isDisabled());
        try (Node other =
                new Node(NodeConfig.defaults().withPort(0).withDifficulty(2).withMinerThreads(1))) {
            other.start();
            clickOn("#peerAddressField").eraseText(20).write("localhost:" + other.port());
            assertFalse(lookup("#addPeerButton").queryAs(Button.class).isDisabled());
            clickOn("#addPeerButton");
            Wait.until("the peer online", Duration.ofSeconds(20), () -> {
                interact(model::tick);
                return lookup("#peersTable").queryAs(TableView.class).getItems().size() == 1
                        && ((PeerRow) lookup("#peersTable")
                                        .queryAs(TableView.class)
                                        .getItems()
                                        .get(0))
                                .getStatus()
                                .equals("online");
            });
            assertEquals(
                    "127.0.0.1:" + other.port(),
                    ((PeerRow) lookup("#peersTable")
                                    .queryAs(TableView.class)
                                    .getItems()
                                    .get(0))
                            .getAddress());
            Wait.until(
                    "the sync logged",
                    Duration.ofSeconds(20),
                    () -> !lookup("#syncLog").queryListView().getItems().isEmpty());
        }
    }

    @Test
    void thePeersViewShowsAPeerThatAddedUsAsSuch() throws Exception {
        mount("/dev/blockdesk/ui/peers/peers.fxml");
        assertTrue(
                lookup("#mutualPeeringCheck").queryAs(CheckBox.class).isSelected(),
                "new peers are asked to add us by default");
        try (Node other =
                new Node(NodeConfig.defaults().withPort(0).withDifficulty(2).withMinerThreads(1))) {
            other.start();
            other.registerPeers(
                    List.of(node.url().toString())); // the other node's user adds ours: it asks us to add it

            TableView<?> table = lookup("#peersTable").queryAs(TableView.class);
            Wait.until("the other node listed", Duration.ofSeconds(20), () -> {
                interact(model::tick);
                return table.getItems().size() == 1;
            });
            TableColumn<?, ?> origin = table.getColumns().stream()
                    .filter(c -> "peerOriginColumn".equals(c.getId()))
                    .findFirst()
                    .orElseThrow();
            assertEquals("added us", origin.getCellData(0));
            assertEquals("added us", ((PeerRow) table.getItems().get(0)).getOrigin());
            assertTrue(
                    lookup(".table-cell").queryAll().stream()
                            .anyMatch(cell -> cell instanceof TableCell<?, ?> c && "added us".equals(c.getText())),
                    "shown in the table");
        }
    }
}
