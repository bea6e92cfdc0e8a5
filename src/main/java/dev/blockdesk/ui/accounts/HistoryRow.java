package dev.blockdesk.ui.accounts;

import dev.blockdesk.chain.Ledger;
import dev.blockdesk.chain.LedgerEntry;
import dev.blockdesk.ui.i18n.Messages;
import java.math.BigDecimal;

/**
 * One transaction in an account's history: its block (a link to it), what it did and with whom,
 * the amount in or out as stored, and the balance after it.
 *
 * @param block     the block that holds it
 * @param position  its 1-based position in that block
 * @param what      {@code mining reward}, {@code from alice}, {@code to bob} or {@code to itself}
 * @param in        the amount received as stored in the block ({@code 5}, {@code 2.5}, {@code "lots"}), or empty
 * @param out       the amount sent, or empty
 * @param balance   the balance after it
 * @param numeric   false when the amount is not a number: it moved nothing
 */
public record HistoryRow(
        long block, int position, String what, String in, String out, String balance, boolean numeric) {

    static HistoryRow of(LedgerEntry entry, String address, BigDecimal balanceAfter) {
        String amount = entry.amountText() == null ? Messages.tr("accounts.history.noAmount") : entry.amountText();
        boolean numeric = entry.amountIsNumeric();
        boolean received = address.equals(entry.recipient());
        boolean sent = address.equals(entry.sender()) && !entry.isReward();
        String what;
        if (entry.isReward()) {
            what = Messages.tr("accounts.history.reward");
        } else if (sent && received) {
            what = Messages.tr("accounts.history.toItself");
        } else if (received) {
            what = Messages.tr("accounts.history.from", entry.sender());
        } else {
            what = Messages.tr("accounts.history.to", entry.recipient());
        }
        return new HistoryRow(
                entry.blockIndex(),
                entry.position(),
                what,
                received ? amount : "",
                sent ? amount : "",
                Ledger.plain(balanceAfter),
                numeric);
    }

    /** {@code block 12}: the text of the link to the block. */
    public String blockLink() {
        return Messages.tr("accounts.history.blockLink", String.valueOf(block));
    }
}
