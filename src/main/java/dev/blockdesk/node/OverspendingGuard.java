package dev.blockdesk.node;

import dev.blockdesk.chain.AccountBook;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.InvalidTransactionException;
import dev.blockdesk.chain.Ledger;
import dev.blockdesk.chain.Transaction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The node option {@code --refuse-overspending}, off by default: a new transaction whose sender's
 * balance (the chain's, plus what the pending transactions already do to it) is below its amount is
 * refused with a reason naming both. The tutorial protocols check no balances, and peers' chains are
 * never judged by this (a dvf peer's chain with overspending is adopted as before): it concerns only
 * what this node accepts into Pending. Mining rewards, sent by "0", are exempt.
 *
 * <p>The chain's balances are kept by an {@link AccountBook}, so a check costs the blocks added
 * since the last one and a pass over the pending transactions.
 */
final class OverspendingGuard implements ChainState.TransactionCheck {

    private final AccountBook book = new AccountBook();
    private volatile boolean on;

    OverspendingGuard(boolean on) {
        this.on = on;
    }

    void set(boolean value) {
        on = value;
    }

    boolean isOn() {
        return on;
    }

    /**
     * Counts {@code chain} now, so the first check after the option is turned on does not. Synchronized
     * with {@link #problem}: a count of an older chain cannot come between a check's count and its read.
     */
    synchronized void prepare(Chain chain) {
        if (on) {
            book.follow(chain);
        }
    }

    @Override
    public void check(Transaction transaction, Chain chain, List<Transaction> pending)
            throws InvalidTransactionException {
        String problem = problem(transaction, chain, pending);
        if (problem != null) {
            throw new InvalidTransactionException(problem);
        }
    }

    /** Why {@code transaction} is refused, or null when it is not (or the option is off). */
    synchronized String problem(Transaction transaction, Chain chain, List<Transaction> pending) {
        if (!on || transaction.isReward() || transaction.sender() == null) {
            return null;
        }
        Optional<BigDecimal> amount = transaction.numericAmount();
        if (amount.isEmpty()) {
            return null; // new transactions have numeric amounts; one without moves nothing
        }
        book.follow(chain);
        String sender = transaction.sender();
        BigDecimal balance = book.balance(sender).add(Ledger.change(pending, sender));
        if (balance.compareTo(amount.get()) >= 0) {
            return null;
        }
        return "sender " + sender + " has a balance of " + Ledger.plain(balance)
                + " (the chain's, with its pending transactions) and cannot send "
                + transaction.amountText()
                + ": this node refuses overspending (--refuse-overspending); the tutorial protocol itself"
                + " does not check balances";
    }
}
