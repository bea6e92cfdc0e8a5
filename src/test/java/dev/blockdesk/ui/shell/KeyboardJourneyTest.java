package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.node.Node;
import dev.blockdesk.node.NodeConfig;
import dev.blockdesk.testing.Wait;
import dev.blockdesk.ui.blocks.BlockRow;
import dev.blockdesk.ui.peers.PeerRow;
import dev.blockdesk.ui.pending.PendingRow;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole mission from the keyboard alone (issue 15): mine, send a transaction through the form,
 * add a peer, sync, and find a block. No click and no pointer move: keys only, as a user who
 * cannot use a mouse. Headless under Monocle, over a real node and a second real node as the peer.
 */
class KeyboardJourneyTest extends RunningAppTest {

    private TableView<?> table(String id) {
        return lookup(id).queryAs(TableView.class);
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private String selectedTab() {
        return lookup("#tabs")
                .queryAs(TabPane.class)
                .getSelectionModel()
                .getSelectedItem()
                .getId();
    }

    private javafx.scene.Node focused() {
        return lookup("#tabs").query().getScene().getFocusOwner();
    }

    @Test
    void mineSendAddAPeerSyncAndFindABlockWithTheKeyboardAlone() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (BlockdeskApp) FxToolkit.setupApplication(
                BlockdeskApp.class,
                "--data-dir",
                dataDir.toString(),
                "--port",
                "0",
                "--threads",
                "1",
                "--difficulty",
                "2");
        Wait.until("the stored chain checked and the node running", () -> app.node() != null);
        WaitForAsyncUtils.waitForFxEvents();

        // Mine: Ctrl+M, and the new block is in the table and the status bar.
        push(KeyCode.CONTROL, KeyCode.M);
        Wait.until(
                "a mined block in the table",
                () -> table("#blocksTable").getItems().size() == 2);
        Wait.until("the length label", () -> text("#chainLengthLabel").equals("2 blocks"));

        // Send: Ctrl+N opens the form at the recipient; Tab to the amount; Enter submits (the default button).
        push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("pendingTab", selectedTab());
        assertSame(lookup("#recipientField").query(), focused());
        write("bob");
        push(KeyCode.TAB);
        assertSame(lookup("#amountField").query(), focused(), "Tab goes from the recipient to the amount");
        write("5");
        push(KeyCode.ENTER);
        Wait.until(
                "the node's answer",
                () -> text("#transactionMessageLabel").equals("Transaction will be added to Block 3"));
        Wait.until("a pending row", () -> table("#pendingTable").getItems().size() == 1);
        PendingRow payment = (PendingRow) table("#pendingTable").getItems().get(0);
        assertEquals("bob", payment.getRecipient());

        try (Node peer =
                new Node(NodeConfig.defaults().withPort(0).withDifficulty(2).withMinerThreads(1))) {
            peer.start();
            // Add a peer: Ctrl+Shift+P puts the cursor in the address field; Enter adds it.
            push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("peersTab", selectedTab());
            assertSame(lookup("#peerAddressField").query(), focused());
            write(peer.url().toString());
            push(KeyCode.ENTER);
            Wait.until(
                    "the peer online",
                    () -> table("#peersTable").getItems().size() == 1
                            && ((PeerRow) table("#peersTable").getItems().get(0))
                                    .getStatus()
                                    .equals("online"));

            // Sync: the peer mines a longer chain; F5 adopts it.
            for (int i = 0; i < 5; i++) {
                peer.mine().get(10, TimeUnit.SECONDS);
            }
            push(KeyCode.F5);
            Wait.until(
                    "the peer's chain adopted",
                    () -> table("#blocksTable").getItems().size() == 6);
            Wait.until("the length label", () -> text("#chainLengthLabel").equals("6 blocks"));
            assertEquals(peer.chain(), app.node().chain());
        }

        // Find a block: Ctrl+F puts the cursor in the search field; type an index, Enter selects it.
        push(KeyCode.CONTROL, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("blocksTab", selectedTab());
        assertSame(lookup("#searchField").query(), focused());
        write("3");
        push(KeyCode.ENTER);
        Wait.until(
                "block 3 selected",
                () -> table("#blocksTable").getSelectionModel().getSelectedItem() instanceof BlockRow row
                        && row.getIndex() == 3);
        Wait.until("the detail shows it", () -> text("#detailTitle").contains("3"));

        // The tabs from the keyboard: Ctrl+4 shows the accounts, Ctrl+2 the pending transactions.
        push(KeyCode.CONTROL, KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("accountsTab", selectedTab());
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("pendingTab", selectedTab());
        assertTrue(
                app.node().pending().size() == 1, "our payment to bob went back to pending after the sync, not lost");
    }
}
