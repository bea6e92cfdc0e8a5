package dev.blockdesk.ui.accounts;

import dev.blockdesk.chain.Account;
import dev.blockdesk.chain.Chain;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The accounts of the chain last counted, as the FX thread reads them: the transaction form's
 * sender balance comes from here without waiting for the count. {@link #revisionProperty()} moves
 * on each change.
 */
public final class Balances {

    private Map<String, Account> accounts = new HashMap<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private Chain counted;

    /** Every account of {@code chain}, counted from its genesis block: a map made off the FX thread, taken as it is. */
    void replace(Chain chain, Map<String, Account> all) {
        accounts = all;
        counted = chain;
        revision.set(revision.get() + 1);
    }

    /** The accounts {@code chain}'s new blocks changed. */
    void apply(Chain chain, List<Account> changed) {
        changed.forEach(account -> accounts.put(account.address(), account));
        counted = chain;
        revision.set(revision.get() + 1);
    }

    /** The chain counted, or null while the first count runs. */
    public Chain counted() {
        return counted;
    }

    public Optional<Account> account(String address) {
        return Optional.ofNullable(accounts.get(address));
    }

    /** The balance of {@code address} on the chain counted; zero for an address it never names. */
    public BigDecimal balance(String address) {
        Account account = accounts.get(address);
        return account == null ? BigDecimal.ZERO : account.balance();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
