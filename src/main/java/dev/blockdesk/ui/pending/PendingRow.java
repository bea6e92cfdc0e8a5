package dev.blockdesk.ui.pending;

import dev.blockdesk.chain.Transaction;
import dev.blockdesk.ui.Formats;
import java.time.Instant;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One transaction of the Pending tab: waiting (with how long), back in Pending after a
 * reorganisation, or confirmed in a block (kept a while after it left Pending, greyed).
 */
public final class PendingRow {

    private final Transaction transaction;
    private final Instant seen;
    private final String fate;
    private final boolean confirmed;
    private final boolean returned;
    private final ReadOnlyStringWrapper age = new ReadOnlyStringWrapper(Formats.age(java.time.Duration.ZERO));

    /**
     * @param fate     {@code waiting}, {@code returned after the reorg at 12:03 (from block 3)} or {@code confirmed in block 4}
     * @param returned whether it is pending again after a reorganisation
     */
    PendingRow(Transaction transaction, Instant seen, String fate, boolean confirmed, boolean returned) {
        this.transaction = transaction;
        this.seen = seen;
        this.fate = fate;
        this.confirmed = confirmed;
        this.returned = returned;
    }

    void tick(Instant now) {
        age.set(confirmed ? "—" : Formats.age(java.time.Duration.between(seen, now)));
    }

    Transaction transaction() {
        return transaction;
    }

    /** When the transaction was first seen pending. */
    Instant seen() {
        return seen;
    }

    public String getFate() {
        return fate;
    }

    /** True while it is pending again after a reorganisation dropped its block. */
    public boolean isReturned() {
        return !confirmed && returned;
    }

    /** True once it is in a block of our chain: no longer pending. */
    public boolean isConfirmed() {
        return confirmed;
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
