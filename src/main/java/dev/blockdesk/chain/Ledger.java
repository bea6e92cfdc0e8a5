package dev.blockdesk.chain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Balances and histories derived from a chain: an address gains what it receives and loses what
 * it sends; the reward sender "0" mints. Amounts that are not finite JSON numbers (a peer's chain
 * may hold strings) move nothing but still show in the history.
 */
public final class Ledger {

    private final Chain chain;

    public Ledger(Chain chain) {
        this.chain = chain;
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
        List<LedgerEntry> entries = new ArrayList<>();
        for (Block block : chain.blocks()) {
            List<Transaction> transactions = block.transactions();
            for (int i = 0; i < transactions.size(); i++) {
                Transaction tx = transactions.get(i);
                boolean sent = address.equals(tx.sender()) && !tx.isReward();
                boolean received = address.equals(tx.recipient());
                if (!sent && !received) {
                    continue;
                }
                BigDecimal amount = tx.numericAmount().orElse(BigDecimal.ZERO);
                BigDecimal change = (received ? amount : BigDecimal.ZERO).subtract(sent ? amount : BigDecimal.ZERO);
                entries.add(new LedgerEntry(block.index(), i + 1, tx.sender(), tx.recipient(), tx.amountText(), change));
            }
        }
        return entries;
    }
}
