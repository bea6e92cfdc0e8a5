package dev.blockdesk.ui.pending;

import static dev.blockdesk.testing.PaymentChains.block;
import static dev.blockdesk.testing.PaymentChains.tx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Transaction;
import dev.blockdesk.chain.WireJson;
import dev.blockdesk.testing.PaymentChains;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.FakeNode;
import dev.blockdesk.ui.accounts.AccountsViewModel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The transaction form's sender balance and overspending warning, and "Refuse overspending". */
class SenderBalanceFormTest {

    private final FakeNode node = new FakeNode();
    private final List<String> notices = new ArrayList<>();
    private final Background background = new Background(Runnable::run, Runnable::run, notices::add);
    private final AccountsViewModel accounts = new AccountsViewModel(background);
    private PendingViewModel model;

    @BeforeEach
    void attach() {
        node.chain = PaymentChains.with(node.chain, block(tx("0", "alice", "3")), block(tx("alice", "bob", "1")));
        model = new PendingViewModel("a".repeat(32), new SimpleBooleanProperty(true), background, Clock.systemUTC());
        model.useBalances(accounts.balances());
        model.attach(node);
        accounts.update(node.chain);
        model.update(node.pending(), node.chain);
    }

    private void fill(String sender, String recipient, String amount) {
        model.senderProperty().set(sender);
        model.recipientProperty().set(recipient);
        model.amountProperty().set(amount);
    }

    @Test
    void theSendersBalanceShowsAsTheSenderIsTyped() {
        model.senderProperty().set("ali");
        assertEquals(
                "Balance 0: no transaction names this sender yet",
                model.senderBalanceProperty().get());
        model.senderProperty().set("alice");
        assertEquals(
                "Balance 2 on the chain (to block 3)",
                model.senderBalanceProperty().get());
        model.senderProperty().set("bob");
        assertEquals(
                "Balance 1 on the chain (to block 3)",
                model.senderBalanceProperty().get());
        model.senderProperty().set("");
        assertEquals("", model.senderBalanceProperty().get());
    }

    @Test
    void anAmountOverTheBalanceIsWarnedOfButSentAsTheTutorialProtocolAcceptsIt() {
        fill("alice", "carol", "2");
        assertEquals("", model.overspendingWarningProperty().get(), "exactly the balance");
        model.amountProperty().set("2.5");
        assertEquals(
                "The amount 2.5 is more than the sender's balance of 2. The tutorial protocol does not check balances:"
                        + " this transaction will be accepted; a real currency would refuse it.",
                model.overspendingWarningProperty().get());
        assertFalse(model.submitDisabledProperty().get(), "a warning, not a refusal");

        model.submit();
        assertEquals(
                "Transaction will be added to Block 4", model.messageProperty().get());
        assertEquals(1, node.pending.size());
    }

    @Test
    void pendingTransactionsCountInTheBalance() {
        node.pending.add(Transaction.of("alice", "carol", WireJson.parse("1.5")));
        node.pending.add(Transaction.of("dave", "alice", WireJson.parse("0.25")));
        model.update(node.pending(), node.chain);
        fill("alice", "carol", "1");

        assertEquals(
                "Balance 2 on the chain (to block 3), 0.75 with its 2 pending transactions",
                model.senderBalanceProperty().get());
        assertTrue(
                model.overspendingWarningProperty()
                        .get()
                        .startsWith("The amount 1 is more than the sender's balance of 0.75. "),
                model.overspendingWarningProperty().get());
    }

    @Test
    void aNewBlockUpdatesTheBalanceShown() {
        model.senderProperty().set("carol");
        accounts.update(PaymentChains.with(node.chain, block(tx("alice", "carol", "0.5"))));
        assertEquals(
                "Balance 0.5 on the chain (to block 4)",
                model.senderBalanceProperty().get());
    }

    @Test
    void refusingOverspendingTurnsTheNodesOptionOnAndKeepsAnOverspendingTransactionFromBeingSent() {
        fill("bob", "carol", "5");
        model.refuseOverspendingProperty().set(true);

        assertTrue(node.refuseOverspending, "the node refuses too, over HTTP");
        assertEquals(
                "The amount 5 is more than the sender's balance of 1. This node refuses overspending, so it will not be sent"
                        + " (untick \"Refuse overspending\" to send it anyway, as the tutorial protocol allows).",
                model.overspendingWarningProperty().get());
        assertTrue(model.submitDisabledProperty().get());
        model.submit();
        assertTrue(node.pending.isEmpty(), "nothing reached the node");

        model.amountProperty().set("1");
        assertFalse(model.submitDisabledProperty().get(), "within the balance");
        model.refuseOverspendingProperty().set(false);
        assertFalse(node.refuseOverspending);
    }
}
