package dev.blockdesk.chain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Balances and histories derived from a chain: an address gains what it receives and loses what
 * it sends; the reward sender "0" mints. Amounts that are not finite JSON numbers (a peer's chain
 * may hold strings) move nothing but still show in the history. Floats count as Python prints them,
 * exactly ({@code 0.1 + 0.2} is {@code 0.3}, not Python's {@code 0.30000000000000004}).
 *
 * <p>One address at a time, by a pass over the chain; every address at once, kept up to date as
 * blocks are added, is {@link AccountBook}'s, by the same rule ({@link #change}).
 */
public final class Ledger {

    private final Chain chain;

    public Ledger(Chain chain) {
        this.chain = chain;
    }

    /** An amount as people write it: {@code 2.5}, {@code -1.75}, {@code 0}, never {@code 2.50} or {@code 1E+2}. */
    public static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    public BigDecimal balance(String address) {
        BigDecimal balance = BigDecimal.ZERO;
        for (LedgerEntry entry : history(address)) {
            balance = balance.add(entry.change());
        }
        return balance;
    }

    /** Every transaction that sent to or from {@code address}, oldest first. */
    public List<LedgerEntry> history(String address) {
        return history(address, 0);
    }

    /** {@link #history(String)} in the blocks from the {@code from}-th (0 for the genesis block) on: what a grown chain added. */
    public List<LedgerEntry> history(String address, int from) {
        List<LedgerEntry> entries = new ArrayList<>();
        BlockBodies.forEach(chain.blocks().subList(Math.min(from, chain.length()), chain.length()), block -> {
            List<Transaction> transactions = block.transactions();
            for (int i = 0; i < transactions.size(); i++) {
                Transaction tx = transactions.get(i);
                if (sends(tx, address) || receives(tx, address)) {
                    entries.add(new LedgerEntry(
                            block.index(), i + 1, tx.sender(), tx.recipient(), tx.amountText(), change(tx, address)));
                }
            }
        });
        return entries;
    }

    /** True when {@code tx} takes its amount from {@code address}: a reward is sent by no one. */
    static boolean sends(Transaction tx, String address) {
        return address.equals(tx.sender()) && !tx.isReward();
    }

    static boolean receives(Transaction tx, String address) {
        return address.equals(tx.recipient());
    }

    /**
     * What {@code tx} does to the balance of {@code address}: plus the amount received, minus the
     * amount sent (zero when it sends to itself); zero when it is not involved or the amount is not a number.
     */
    public static BigDecimal change(Transaction tx, String address) {
        boolean sent = sends(tx, address);
        boolean received = receives(tx, address);
        if (sent == received) {
            return BigDecimal.ZERO;
        }
        BigDecimal amount = tx.numericAmount().orElse(BigDecimal.ZERO);
        return sent ? amount.negate() : amount;
    }

    /** What {@code transactions} (the pending ones, say) together do to the balance of {@code address}. */
    public static BigDecimal change(List<Transaction> transactions, String address) {
        BigDecimal total = BigDecimal.ZERO;
        for (Transaction tx : transactions) {
            total = total.add(change(tx, address));
        }
        return total;
    }
}
