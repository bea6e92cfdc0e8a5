package dev.blockdesk.ui.pending;

import dev.blockdesk.chain.Transaction;
import dev.blockdesk.ui.Formats;
import java.time.Instant;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One pending transaction, with how long it has waited. */
public final class PendingRow {

    private final Transaction transaction;
    private final Instant seen;
    private final ReadOnlyStringWrapper age = new ReadOnlyStringWrapper("0 s");

    PendingRow(Transaction transaction, Instant seen) {
        this.transaction = transaction;
        this.seen = seen;
    }

    void tick(Instant now) {
        age.set(Formats.age(java.time.Duration.between(seen, now)));
    }

    public String getSender() {
        return transaction.sender();
    }

    public String getRecipient() {
        return transaction.recipient();
    }

    public String getAmount() {
        return transaction.amountText();
    }

    public String getId() {
        return transaction.id() == null ? "" : transaction.id();
    }

    public ReadOnlyStringProperty ageProperty() {
        return age.getReadOnlyProperty();
    }
}
