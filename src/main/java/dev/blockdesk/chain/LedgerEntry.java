package dev.blockdesk.chain;

import java.math.BigDecimal;

/**
 * One transaction as seen from one address.
 *
 * @param blockIndex  the block that holds it
 * @param position    its 1-based position in that block
 * @param sender      who sent it ("0" for a mining reward)
 * @param recipient   who received it
 * @param amountText  the amount as JSON, exactly as stored
 * @param change      what it did to the address's balance (negative when sent); zero when the amount is not a number
 */
public record LedgerEntry(
        long blockIndex, int position, String sender, String recipient, String amountText, BigDecimal change) {

    /** True when the amount is a finite JSON number, which moves balances; any other amount counts as zero. */
    public boolean amountIsNumeric() {
        return amountText != null && Transaction.decimal(amountText) != null;
    }

    public boolean isReward() {
        return Transaction.REWARD_SENDER.equals(sender);
    }
}
