package dev.blockdesk.ui.pending;

import dev.blockdesk.chain.InvalidTransactionException;
import dev.blockdesk.chain.Ledger;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.chain.TransactionRules;
import dev.blockdesk.ui.accounts.Balances;
import dev.blockdesk.ui.i18n.Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The transaction form's sender balance and overspending warning. The balance that counts is the
 * chain's plus what the pending transactions already do to it (sent and received): they go into the
 * next block before this one, so it is what the sender will have when this transaction is mined.
 * The node's {@code --refuse-overspending} uses the same sum.
 */
final class SenderBalance {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper();
    private final BooleanProperty refuseOverspending = new SimpleBooleanProperty();
    private Balances balances;

    void use(Balances counted) {
        this.balances = counted;
    }

    /**
     * Shows the balance of {@code sender} and whether {@code amountText} is more than it.
     *
     * @param amountText the amount as typed, or empty when it is not a valid amount
     */
    void show(String sender, String amountText, List<Transaction> pending) {
        if (balances == null
                || sender == null
                || sender.isBlank()
                || TransactionRules.addressProblem("sender", sender) != null
                || Transaction.REWARD_SENDER.equals(sender)) {
            clear("");
            return;
        }
        if (balances.counted() == null) {
            clear(Messages.tr("pending.balance.counting"));
            return;
        }
        BigDecimal onChain = balances.balance(sender);
        BigDecimal fromPending = Ledger.change(pending, sender);
        BigDecimal available = onChain.add(fromPending);
        long pendingCount = pending.stream()
                .filter(tx -> sender.equals(tx.sender()) || sender.equals(tx.recipient()))
                .count();
        if (balances.account(sender).isEmpty() && pendingCount == 0) {
            text.set(Messages.tr("pending.balance.none"));
        } else {
            String tip = String.valueOf(balances.counted().tip().index());
            text.set(
                    pendingCount == 0
                            ? Messages.tr("pending.balance.onChain", Ledger.plain(onChain), tip)
                            : pendingCount == 1
                                    ? Messages.tr(
                                            "pending.balance.withPending.one",
                                            Ledger.plain(onChain),
                                            tip,
                                            Ledger.plain(available))
                                    : Messages.tr(
                                            "pending.balance.withPending.other",
                                            Ledger.plain(onChain),
                                            tip,
                                            Ledger.plain(available),
                                            String.valueOf(pendingCount)));
        }
        Optional<BigDecimal> amount = amount(amountText);
        if (amount.isEmpty() || amount.get().compareTo(available) <= 0) {
            warning.set("");
            refused.set(false);
            return;
        }
        // the words: what happens to an overspending transaction under the tutorial protocols
        String typed = amountText.strip();
        String balance = Ledger.plain(available);
        if (refuseOverspending.get()) {
            warning.set(Messages.tr("pending.overspending.refused", typed, balance));
            refused.set(true);
        } else {
            warning.set(Messages.tr("pending.overspending.accepted", typed, balance));
            refused.set(false);
        }
    }

    private void clear(String message) {
        text.set(message);
        warning.set("");
        refused.set(false);
    }

    private static Optional<BigDecimal> amount(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            return Transaction.of("a", "b", TransactionRules.parseAmount(typed)).numericAmount();
        } catch (InvalidTransactionException e) {
            return Optional.empty();
        }
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** True when the node refuses overspending and the amount is more than the sender has: Submit is off. */
    ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    BooleanProperty refuseOverspendingProperty() {
        return refuseOverspending;
    }
}
