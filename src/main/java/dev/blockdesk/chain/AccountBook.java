package dev.blockdesk.chain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every address seen in a chain, with its balance, transactions, mining rewards and first and last
 * block ({@link Account}), by {@link Ledger}'s rule. It follows a chain as it grows: a chain that
 * extends the one followed costs only its new blocks; any other (a longer chain that replaced ours)
 * is counted again from its genesis block. Thread-safe; meant to be fed off the FX thread.
 */
public final class AccountBook {

    /** An account while it is counted. */
    private static final class Tally {
        private final String address;
        private BigDecimal balance = BigDecimal.ZERO;
        private BigDecimal minedRewards = BigDecimal.ZERO;
        private int transactions;
        private int rewards;
        private int notNumeric;
        private long firstBlock = -1;
        private long lastBlock;

        Tally(String address) {
            this.address = address;
        }

        Account account() {
            return new Account(
                    address, balance, transactions, minedRewards, rewards, notNumeric, firstBlock, lastBlock);
        }
    }

    /**
     * What following a chain changed.
     *
     * @param chain      the chain now followed
     * @param recounted  true when it was counted from its genesis block: {@code accounts} are then all of them
     * @param accounts   the accounts that changed (all of them when recounted), in the order they were first seen
     */
    public record Changes(Chain chain, boolean recounted, List<Account> accounts) {}

    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private Chain followed;

    /** Brings the accounts up to {@code chain}: its new blocks when it extends the chain followed, else all of it. */
    public synchronized Changes follow(Chain chain) {
        boolean extending = followed != null && chain.length() >= followed.length() && chain.holds(followed.tip());
        int from = extending ? followed.length() : 0;
        if (!extending) {
            tallies.clear();
        }
        Set<Tally> changed = new LinkedHashSet<>();
        BlockBodies.forEach(chain.blocks().subList(from, chain.length()), block -> count(block, changed));
        followed = chain;
        List<Account> accounts = new ArrayList<>(extending ? changed.size() : tallies.size());
        (extending ? changed : tallies.values()).forEach(tally -> accounts.add(tally.account()));
        return new Changes(chain, !extending, List.copyOf(accounts));
    }

    private void count(Block block, Set<Tally> changed) {
        for (Transaction tx : block.transactions()) {
            Optional<BigDecimal> numeric = tx.numericAmount();
            BigDecimal amount = numeric.orElse(BigDecimal.ZERO);
            String sender = tx.isReward() ? null : tx.sender();
            String recipient = tx.recipient();
            if (sender != null) {
                Tally from = touch(sender, block, numeric.isPresent(), changed);
                if (!sender.equals(recipient)) {
                    from.balance = from.balance.subtract(amount);
                }
            }
            if (recipient != null && !recipient.equals(sender)) {
                Tally to = touch(recipient, block, numeric.isPresent(), changed);
                to.balance = to.balance.add(amount);
                if (tx.isReward()) {
                    to.rewards++;
                    to.minedRewards = to.minedRewards.add(amount);
                }
            }
        }
    }

    private Tally touch(String address, Block block, boolean numeric, Set<Tally> changed) {
        Tally tally = tallies.computeIfAbsent(address, Tally::new);
        if (tally.firstBlock < 0) {
            tally.firstBlock = block.index();
        }
        tally.lastBlock = block.index();
        tally.transactions++;
        if (!numeric) {
            tally.notNumeric++;
        }
        changed.add(tally);
        return tally;
    }

    /** The chain followed, or null before the first {@link #follow}. */
    public synchronized Chain followed() {
        return followed;
    }

    /** Every account, in the order they were first seen. */
    public synchronized List<Account> accounts() {
        return tallies.values().stream().map(Tally::account).toList();
    }

    public synchronized Optional<Account> account(String address) {
        Tally tally = tallies.get(address);
        return tally == null ? Optional.empty() : Optional.of(tally.account());
    }

    /** The balance of {@code address} on the chain followed; zero for an address never seen. */
    public synchronized BigDecimal balance(String address) {
        Tally tally = tallies.get(address);
        return tally == null ? BigDecimal.ZERO : tally.balance;
    }
}
