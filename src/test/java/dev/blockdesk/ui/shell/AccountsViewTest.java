package dev.blockdesk.ui.shell;

import static dev.blockdesk.testing.PaymentChains.block;
import static dev.blockdesk.testing.PaymentChains.tx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Account;
import dev.blockdesk.testing.PaymentChains;
import dev.blockdesk.ui.FakeNode;
import dev.blockdesk.ui.accounts.HistoryRow;
import dev.blockdesk.ui.blocks.BlockRow;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Accounts tab and the transaction form's balance, in the window over a fake node, as a user sees them. */
class AccountsViewTest extends FxRobot {

    @TempDir
    Path dir;

    private final FakeNode node = new FakeNode();
    private MainViewModel model;

    @BeforeEach
    void mount() throws Exception {
        FileDialogs files = Views.NO_FILES;
        node.chain = PaymentChains.with(
                node.chain,
                block(tx("0", "alice", "1")),
                block(tx("alice", "bob", "0.25"), tx("0", "alice", "1")),
                block(tx("bob", "carol", "2"), tx("0", "alice", "1")));
        model = Views.mountWindow(node, dir, files);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void unmount() throws Exception {
        FxToolkit.cleanupStages();
    }

    private TableCell<?, ?> cell(String column, int row) {
        return lookup("#" + column).queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c
                        && c.getIndex() == row
                        && c.getTableRow() != null
                        && !c.isEmpty())
                .map(n -> (TableCell<?, ?>) n)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + column + " " + row));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAccountsTabListsEveryAddressAndAnAccountsHistoryLeadsToItsBlocks() {
        interact(
                () -> lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(3));
        TableView<Account> table = lookup("#accountsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(
                List.of("alice", "carol", "bob"),
                table.getItems().stream().map(Account::address).toList(),
                "the richest first");
        assertEquals("alice", cell("accountAddressColumn", 0).getText());
        assertEquals("2.75", cell("accountBalanceColumn", 0).getText());
        assertEquals("2", cell("accountBalanceColumn", 1).getText());
        assertEquals("-1.75", cell("accountBalanceColumn", 2).getText(), "bob overspent: the protocol let him");
        assertEquals("4", cell("accountTransactionsColumn", 0).getText());
        assertEquals("3", cell("accountRewardsColumn", 0).getText());
        assertEquals("2", cell("accountFirstBlockColumn", 0).getText());
        assertEquals("4", cell("accountLastBlockColumn", 0).getText());

        clickOn(cell("accountAddressColumn", 2)); // bob
        TableView<HistoryRow> history = lookup("#accountHistoryTable").queryAs(TableView.class);
        assertEquals(2, history.getItems().size());
        assertEquals(
                "History of bob: 2 transactions, balance -1.75. Activate a line to see its block.",
                lookup("#accountHistoryTitle").queryAs(Label.class).getText());
        assertEquals("to carol", cell("historyWhatColumn", 1).getText());
        assertEquals("2", cell("historyOutColumn", 1).getText());

        Hyperlink link = (Hyperlink) cell("historyBlockColumn", 1).getGraphic();
        assertEquals("block 4", link.getText());
        clickOn(link);

        assertEquals(
                0, lookup("#tabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex(), "the Blocks tab");
        TableView<BlockRow> blocks = lookup("#blocksTable").queryAs(TableView.class);
        assertEquals(4, blocks.getSelectionModel().getSelectedItem().block().index());
        assertEquals("Block 4", lookup("#detailTitle").queryAs(Label.class).getText());

        interact(
                () -> lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(3));
        doubleClickOn(cell("historyWhatColumn", 0)); // a double click on a line does the same
        assertEquals(3, blocks.getSelectionModel().getSelectedItem().block().index());
    }

    @Test
    void theFormShowsTheSendersBalanceAndWarnsOfOverspending() {
        interact(
                () -> lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        interact(() -> model.pending().senderProperty().set(""));
        clickOn("#senderField").write("bob");
        assertEquals(
                "Balance -1.75 on the chain (to block 4)",
                lookup("#senderBalanceLabel").queryAs(Label.class).getText());
        clickOn("#recipientField").write("carol");
        clickOn("#amountField").write("1");
        Label warning = lookup("#overspendingWarning").queryAs(Label.class);
        assertTrue(warning.isVisible());
        assertEquals(
                "The amount 1 is more than the sender's balance of -1.75. The tutorial protocol does not check balances:"
                        + " this transaction will be accepted; a real currency would refuse it.",
                warning.getText());
        assertTrue(!lookup("#submitTransactionButton").queryAs(Button.class).isDisabled());

        clickOn("#refuseOverspendingCheck");
        assertTrue(lookup("#refuseOverspendingCheck").queryAs(CheckBox.class).isSelected());
        assertTrue(
                warning.getText().contains("This node refuses overspending, so it will not be sent"),
                warning.getText());
        assertTrue(lookup("#submitTransactionButton").queryAs(Button.class).isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(node.refuseOverspending);
        Node form = lookup("#amountField").query();
        assertTrue(form.isVisible());
    }
}
