package dev.blockdesk.ui.pending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.store.StoreException;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.FakeNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Pending tab's view model on its own, against a fake node; all work runs on the test's thread. */
class PendingViewModelTest {

    private final FakeNode node = new FakeNode();
    private final List<String> notices = new ArrayList<>();
    private PendingViewModel model;

    @BeforeEach
    void attach() {
        model = new PendingViewModel(
                "a".repeat(32),
                new SimpleBooleanProperty(true),
                new Background(Runnable::run, Runnable::run, notices::add),
                Clock.systemUTC());
        model.attach(node);
    }

    private void fill(String recipient, String amount) {
        model.recipientProperty().set(recipient);
        model.amountProperty().set(amount);
    }

    @Test
    void anAcceptedTransactionSaysWhichBlockWillHoldItKeepsTheAmountsTypeAndClearsTheForm() {
        fill("bob", "5.0");
        assertFalse(model.submitDisabledProperty().get());
        model.submit();

        assertEquals(
                "Transaction will be added to Block 2", model.messageProperty().get());
        assertEquals("", model.recipientProperty().get());
        assertEquals("", model.amountProperty().get());
        assertEquals(
                "{\"amount\": 5.0, \"recipient\": \"bob\", \"sender\": \"" + "a".repeat(32) + "\"}",
                node.pending.get(0).canonicalJson(),
                "5.0 stays a float");
        model.update(node.pending(), node.chain());
        assertEquals(1, model.rows().size());
    }

    @Test
    void aTransactionTheNodeCannotStoreIsReportedAndTheFormIsKept() {
        node.failWith = new StoreException("could not add a pending transaction: the disk is full");
        fill("bob", "5");
        model.submit();

        assertEquals(
                "Could not save the transaction, so it was not sent: could not add a pending transaction: the disk is full",
                model.messageProperty().get());
        assertEquals("bob", model.recipientProperty().get(), "nothing typed is lost");
        assertEquals("5", model.amountProperty().get());
        assertFalse(model.submitDisabledProperty().get(), "Submit can be tried again");
        assertTrue(model.messageIsErrorProperty().get(), "shown as an error");
        assertTrue(node.pending.isEmpty());

        model.amountProperty().set("6");
        assertEquals("", model.messageProperty().get(), "editing the form clears a failure that no longer applies");
        assertFalse(model.messageIsErrorProperty().get());
    }

    @Test
    void badInputIsRefusedAsItIsTypedAndNeverSent() {
        fill("bob", "-3");
        assertEquals(
                "Amount must be positive, found -3", model.amountErrorProperty().get());
        assertTrue(model.submitDisabledProperty().get());
        model.senderProperty().set("0");
        assertEquals(
                "Sender \"0\" is reserved for mining rewards",
                model.senderErrorProperty().get());
        model.submit();
        assertTrue(node.calls.isEmpty(), "nothing reached the node");
    }

    @Test
    void aFullPendingPoolIsSaidInTheFormAndTheFormIsKept() {
        node.maxPending = 1;
        fill("bob", "5");
        model.submit();
        fill("carol", "7");
        model.submit();

        assertEquals(
                "Refused: pending pool is full (1 transactions); mine a block first",
                model.messageProperty().get());
        assertTrue(model.messageIsErrorProperty().get(), "shown as an error");
        assertEquals("carol", model.recipientProperty().get(), "nothing typed is lost");
        assertEquals("7", model.amountProperty().get());
        assertFalse(model.submitDisabledProperty().get(), "Submit can be tried again once a block is mined");
        assertEquals(1, node.pending.size(), "the refused one is not pending");
    }
}
