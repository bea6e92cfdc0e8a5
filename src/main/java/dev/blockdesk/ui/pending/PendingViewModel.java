package dev.blockdesk.ui.pending;

import dev.blockdesk.chain.Blockchain;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainText;
import dev.blockdesk.chain.InvalidTransactionException;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.chain.TransactionRules;
import dev.blockdesk.node.PendingPoolFullException;
import dev.blockdesk.node.Reorg;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.DesktopNode;
import dev.blockdesk.ui.accounts.Balances;
import dev.blockdesk.ui.i18n.Messages;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Pending tab: the transaction form, checked as it is typed with the node's own rules, and the
 * transactions waiting for a block. Submitting runs off the FX thread (it writes to disk).
 *
 * <p>It does one thing, the one tab's state; its length is the form's fields, each checked as it is
 * typed, and the answer kept true as the chain moves.
 */
public final class PendingViewModel {

    private DesktopNode node;
    private final Background background;
    private final Clock clock;
    private final StringProperty sender = new SimpleStringProperty("");
    private final StringProperty recipient = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper senderError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recipientError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper amountError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper();
    private final BooleanProperty submitting = new SimpleBooleanProperty();
    private final BooleanBinding submitDisabled;
    private final ObservableList<PendingRow> rows = FXCollections.observableArrayList();
    /** The rows of the transactions waiting, by canonical JSON: each keeps when it was first seen. */
    private final Map<String, PendingRow> waitingRows = new HashMap<>();

    private final Fates fates = new Fates();
    private List<Transaction> shown;
    private Chain shownOn;
    /** The last transaction sent from the form, while the answer under Submit is about it; else null. */
    private Blockchain.Receipt sent;

    private final SenderBalance senderBalance = new SenderBalance();
    private List<Transaction> waiting = List.of();

    /**
     * @param nodeId this node's id, the form's sender until the user changes it
     * @param ready  true once the node runs; Submit waits for it
     */
    public PendingViewModel(String nodeId, ReadOnlyBooleanProperty ready, Background background, Clock clock) {
        this.background = background;
        this.clock = clock;
        sender.set(nodeId);
        sender.addListener((o, a, b) -> edited());
        recipient.addListener((o, a, b) -> edited());
        amount.addListener((o, a, b) -> edited());
        submitDisabled = Bindings.createBooleanBinding(
                () -> !ready.get()
                        || submitting.get()
                        || !senderError.get().isEmpty()
                        || !recipientError.get().isEmpty()
                        || !amountError.get().isEmpty()
                        || recipient.get().isBlank()
                        || amount.get().isBlank()
                        || senderBalance.refusedProperty().get(),
                ready,
                submitting,
                senderError,
                recipientError,
                amountError,
                recipient,
                amount,
                senderBalance.refusedProperty());
        senderBalance.refuseOverspendingProperty().addListener((o, was, on) -> {
            applyRefuseOverspending();
            check();
        });
    }

    /** The chain's balances, as the Accounts tab counts them: the form shows the sender's, and warns of overspending. */
    public void useBalances(Balances balances) {
        senderBalance.use(balances);
        balances.revisionProperty().addListener((o, a, b) -> showBalance());
        showBalance();
    }

    private void applyRefuseOverspending() {
        DesktopNode running = node;
        boolean on = senderBalance.refuseOverspendingProperty().get();
        if (running != null) {
            background.run(
                    on
                            ? Messages.tr("pending.action.refuseOverspending")
                            : Messages.tr("pending.action.acceptOverspending"),
                    () -> running.setRefuseOverspending(on));
        }
    }

    private void showBalance() {
        senderBalance.show(sender.get(), amountError.get().isEmpty() ? amount.get() : "", waiting);
    }

    /** The node that takes the form's transactions. Called before {@code ready} turns true. */
    public void attach(DesktopNode running) {
        this.node = running;
        if (senderBalance.refuseOverspendingProperty().get()) {
            applyRefuseOverspending();
        }
    }

    /** The form changed: a failure shown for what was there before no longer applies. */
    private void edited() {
        if (messageIsError.get()) {
            message.set("");
            messageIsError.set(false);
        }
        check();
    }

    /** Checks the form as typed; an empty field that was never filled shows no error yet. */
    private void check() {
        senderError.set(problem("sender", sender.get(), false));
        recipientError.set(problem("recipient", recipient.get(), true));
        String amountText = amount.get() == null ? "" : amount.get();
        if (amountText.isBlank()) {
            amountError.set("");
        } else {
            try {
                TransactionRules.parseAmount(amountText);
                amountError.set("");
            } catch (InvalidTransactionException e) {
                amountError.set(capitalise(Messages.tr(e.text())));
            }
        }
        showBalance();
    }

    private static String problem(String name, String value, boolean blankIsQuiet) {
        if ((value == null || value.isEmpty()) && blankIsQuiet) {
            return "";
        }
        if (Transaction.REWARD_SENDER.equals(value) && name.equals("sender")) {
            return Messages.tr("pending.sender.reserved");
        }
        ChainText problem = TransactionRules.addressProblemText(name, value);
        return problem == null ? "" : capitalise(Messages.tr(problem));
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Sends the form to the node; the answer appears in {@link #messageProperty()}. */
    public void submit() {
        if (submitDisabled.get()) {
            return;
        }
        String from = sender.get();
        String to = recipient.get().strip();
        String value = amount.get();
        submitting.set(true);
        message.set(Messages.tr("pending.sending"));
        messageIsError.set(false);
        sent = null;
        background.call(
                "send the transaction", // not shown: its failure has a handler, so this names it in the log only
                () -> node.submit(from, to, value),
                receipt -> {
                    submitting.set(false);
                    sent = receipt;
                    message.set(Messages.tr("pending.added", String.valueOf(receipt.blockIndex())));
                    recipient.set("");
                    amount.set("");
                },
                error -> {
                    submitting.set(false);
                    messageIsError.set(true);
                    message.set(
                            error instanceof InvalidTransactionException || error instanceof PendingPoolFullException
                                    ? Messages.tr("pending.refused", Background.reason(error))
                                    : Messages.tr("pending.notSaved", Background.reason(error)));
                });
    }

    /** The transactions a reorganisation put back in Pending: their fate says so until they are mined. */
    public void returned(Reorg reorg) {
        fates.returned(reorg);
        shown = null; // their rows change
    }

    /**
     * Shows the node's pending transactions with their ages and fates, then the last ones confirmed
     * in {@code chain}, and keeps the answer under Submit true as the chain moves.
     */
    public void update(List<Transaction> pending, Chain chain) {
        Instant now = clock.instant();
        if (pending != shown || !chain.equals(shownOn)) {
            waiting = pending;
            showBalance();
            shown = pending;
            shownOn = chain;
            fates.follow(pending, chain);
            Map<String, PendingRow> keep = new HashMap<>();
            List<PendingRow> updated = new java.util.ArrayList<>(pending.size());
            for (Transaction tx : pending) {
                PendingRow before = waitingRows.get(tx.canonicalJson());
                String fate = fates.ofPending(tx);
                // a row still waiting as it was is kept: ten thousand pending cost no new rows a tick
                PendingRow row = before != null && before.getFate().equals(fate)
                        ? before
                        : new PendingRow(tx, before != null ? before.seen() : now, fate, false, fates.isReturned(tx));
                keep.put(tx.canonicalJson(), row);
                updated.add(row);
            }
            for (Fates.Confirmed done : fates.confirmed()) {
                updated.add(new PendingRow(
                        done.transaction(),
                        now,
                        Messages.tr("pending.fate.confirmed", String.valueOf(done.block())),
                        true,
                        false));
            }
            waitingRows.clear();
            waitingRows.putAll(keep);
            rows.setAll(updated);
            followSent(pending, chain);
        }
        rows.forEach(row -> row.tick(now));
    }

    /** The answer under Submit, updated when it stops being true. */
    private void followSent(List<Transaction> pending, Chain chain) {
        if (sent == null || messageIsError.get()) {
            return;
        }
        Transaction tx = sent.transaction();
        long block = fates.confirmedIn(tx);
        long next = chain.tip().index() + 1;
        if (block >= 0) {
            message.set(Messages.tr("pending.confirmed", String.valueOf(block)));
        } else if (pending.contains(tx) && fates.isReturned(tx)) {
            message.set(Messages.tr("pending.backInPending", fates.ofPending(tx), String.valueOf(next)));
        } else if (pending.contains(tx) && next != sent.blockIndex()) {
            message.set(Messages.tr("pending.stillPending", String.valueOf(next)));
        }
    }

    public StringProperty senderProperty() {
        return sender;
    }

    public StringProperty recipientProperty() {
        return recipient;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ReadOnlyStringProperty senderErrorProperty() {
        return senderError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recipientErrorProperty() {
        return recipientError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty amountErrorProperty() {
        return amountError.getReadOnlyProperty();
    }

    /** The sender's balance as typed: on the chain, and with the pending transactions; empty until the chain is counted. */
    public ReadOnlyStringProperty senderBalanceProperty() {
        return senderBalance.textProperty();
    }

    /** Why the amount is more than the sender has, and what becomes of the transaction; empty when it is not. */
    public ReadOnlyStringProperty overspendingWarningProperty() {
        return senderBalance.warningProperty();
    }

    /** "Refuse overspending": this node, and the form, refuse a transaction whose sender has less than its amount. Remembered. */
    public BooleanProperty refuseOverspendingProperty() {
        return senderBalance.refuseOverspendingProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the message says why the last transaction was not sent. */
    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public BooleanBinding submitDisabledProperty() {
        return submitDisabled;
    }

    public ObservableList<PendingRow> rows() {
        return rows;
    }
}
