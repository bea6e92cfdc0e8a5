package dev.blockdesk.ui.accounts;

import dev.blockdesk.chain.Account;
import dev.blockdesk.chain.AccountBook;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.Ledger;
import dev.blockdesk.chain.LedgerEntry;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.i18n.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Accounts tab: every address of the chain with its balance, transactions, mining rewards and
 * first and last block, and the history of the one selected, each line a link to its block. The
 * accounts are counted off the FX thread by an {@link AccountBook}: a new block costs its own
 * transactions, a chain that replaced ours a count from its genesis block; chains that arrive while
 * a count runs wait, and only the latest is counted next. The first count of a long chain waits
 * until the accounts are looked at. Runs on the FX thread. Just over 300 lines: the table and the
 * history of the one account selected, which share the count, are one view.
 */
public final class AccountsViewModel {

    private static final System.Logger LOG = System.getLogger(AccountsViewModel.class.getName());

    private final Background background;
    private final AccountBook book = new AccountBook();
    private final Balances balances = new Balances();
    private final ObservableList<Account> rows = FXCollections.observableArrayList();
    private Map<String, Integer> positions = new HashMap<>();
    /** How many accounts have a transaction whose amount is not a number. */
    private long withText;

    private final ReadOnlyObjectWrapper<Account> selected = new ReadOnlyObjectWrapper<>();
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(Messages.tr("accounts.waiting"));
    private final ReadOnlyStringWrapper historyTitle =
            new ReadOnlyStringWrapper(Messages.tr("accounts.history.select"));
    private Consumer<Block> showBlock = block -> {};
    /** From this length on, a chain's first count waits until the accounts are looked at. */
    public static final int COUNT_AT_ONCE = 100_000;

    private Chain wanted;
    private boolean counting;
    private boolean lookedAt;
    private final int countAtOnce;
    /** The history shown is of this chain; a line's block is looked up in it. */
    private Chain historyChain;

    private String addressOfHistory = "";
    private boolean loadingHistory;
    private boolean historyAgain;

    public AccountsViewModel(Background background) {
        this(background, COUNT_AT_ONCE);
    }

    /** For tests: a first count waits for a look from {@code countAtOnce} blocks on. */
    AccountsViewModel(Background background, int countAtOnce) {
        this.background = background;
        this.countAtOnce = countAtOnce;
    }

    /**
     * Counts {@code latest}'s accounts, unless it is the chain counted or waiting already. The first
     * count of a long chain (from {@link #COUNT_AT_ONCE} blocks) waits until someone looks
     * ({@link #setLookedAt}): it reads every transaction back from the store, seconds of work and
     * garbage a window that is only opening should not pay. After it, each new block costs its own.
     */
    public void update(Chain latest) {
        if (latest == null || latest.equals(wanted)) {
            return;
        }
        wanted = latest;
        if (!counting && (lookedAt || latest.length() < countAtOnce || balances.counted() != null)) {
            countNext();
        } else if (!counting) {
            summary.set(Messages.tr("accounts.countLater", Formats.blocks(latest.length())));
        }
    }

    /** Whether the accounts are looked at (this tab, or the form that shows the sender's balance); a long chain is first counted then. */
    public void setLookedAt(boolean on) {
        lookedAt = on;
        if (on && !counting && wanted != null && !wanted.equals(balances.counted())) {
            countNext();
        }
    }

    private void countNext() {
        Chain chain = wanted;
        counting = true;
        if (balances.counted() == null) {
            summary.set(Messages.tr("accounts.counting", Formats.blocks(chain.length())));
        }
        // not shown: the log's name for the work (a failure is shown below)
        background.call("count the accounts", () -> count(chain), this::show, error -> {
            counting = false;
            summary.set(Messages.tr("accounts.countFailed", Background.reason(error)));
        });
    }

    /**
     * What a count brings to the FX thread. After a count from the genesis block, everything the FX
     * thread would otherwise spend time on with hundreds of thousands of accounts is made here: the
     * rows in the table's first order (richest first, so its sort finds them sorted), where each is,
     * and the form's balances.
     */
    private record Counted(
            AccountBook.Changes changes,
            List<Account> rows,
            Map<String, Integer> positions,
            Map<String, Account> byAddress,
            long withText) {}

    /** The table's first order: the richest first. */
    static final Comparator<Account> RICHEST_FIRST =
            Comparator.comparing(Account::balance).reversed();

    /** {@link AccountBook#follow}, with the time a count from the genesis block took in the log (the benchmark's figure). */
    private Counted count(Chain chain) {
        long start = System.nanoTime();
        AccountBook.Changes changes = book.follow(chain);
        if (!changes.recounted()) {
            return new Counted(changes, null, null, null, 0);
        }
        List<Account> sorted = new ArrayList<>(changes.accounts());
        sorted.sort(RICHEST_FIRST);
        Map<String, Integer> at = new HashMap<>(sorted.size() * 2);
        Map<String, Account> byAddress = new HashMap<>(sorted.size() * 2);
        for (int i = 0; i < sorted.size(); i++) {
            at.put(sorted.get(i).address(), i);
            byAddress.put(sorted.get(i).address(), sorted.get(i));
        }
        LOG.log(
                System.Logger.Level.INFO,
                "counted {0} accounts in {1} in {2} ms",
                changes.accounts().size(),
                chain.length() + " blocks", // the log is English
                (System.nanoTime() - start) / 1_000_000);
        return new Counted(
                changes,
                sorted,
                at,
                byAddress,
                sorted.stream().filter(a -> a.notNumeric() > 0).count());
    }

    private void show(Counted counted) {
        AccountBook.Changes changes = counted.changes();
        counting = false;
        long start = System.nanoTime();
        if (changes.recounted()) {
            balances.replace(changes.chain(), counted.byAddress());
            positions = counted.positions();
            withText = counted.withText();
            rows.setAll(counted.rows());
        } else {
            balances.apply(changes.chain(), changes.accounts());
            for (Account account : changes.accounts()) {
                Integer at = positions.get(account.address());
                if (at == null) {
                    positions.put(account.address(), rows.size());
                    rows.add(account);
                } else {
                    withText -= rows.get(at).notNumeric() > 0 ? 1 : 0;
                    rows.set(at, account);
                }
                withText += account.notNumeric() > 0 ? 1 : 0;
            }
        }
        if (changes.recounted()) {
            LOG.log(
                    System.Logger.Level.INFO,
                    "{0} accounts shown in {1} ms on the FX thread",
                    rows.size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        summarise(changes.chain());
        Account shown = selected.get();
        if (shown != null
                && (changes.recounted()
                        || changes.accounts().stream().anyMatch(a -> a.address().equals(shown.address())))) {
            Account now = balances.account(shown.address()).orElse(null);
            selected.set(now);
            loadHistory(now);
        }
        if (!changes.chain().equals(wanted)) {
            countNext();
        }
    }

    private void summarise(Chain chain) {
        String end = withText == 0
                ? Messages.tr("accounts.summary.end.none")
                : withText == 1
                        ? Messages.tr("accounts.summary.end.one")
                        : Messages.tr("accounts.summary.end.other", Formats.count(withText));
        String blocks = Formats.blocks(chain.length());
        summary.set(
                rows.size() == 1
                        ? Messages.tr("accounts.summary.one", "", blocks, end)
                        : Messages.tr("accounts.summary.other", Formats.count(rows.size()), blocks, end));
    }

    /** Shows the history of {@code account}, or none. */
    public void select(Account account) {
        Account current = selected.get();
        if (account == null
                || current != null && current.address().equals(account.address()) && current.equals(account)) {
            return;
        }
        selected.set(account);
        loadHistory(account);
    }

    private void loadHistory(Account account) {
        if (account == null) {
            history.clear();
            historyChain = null;
            historyTitle.set(Messages.tr("accounts.history.select"));
            return;
        }
        if (loadingHistory) {
            historyAgain = true; // after the load under way, which the next one builds on
            return;
        }
        Chain chain = balances.counted();
        String address = account.address();
        Chain before = historyChain;
        if (address.equals(addressOfHistory) && chain.equals(before)) {
            return; // shown already
        }
        boolean grown = before != null
                && !history.isEmpty()
                && addressOfHistory.equals(address)
                && chain.length() > before.length()
                && chain.holds(before.tip());
        int from = grown ? before.length() : 0;
        BigDecimal start =
                grown ? new BigDecimal(history.get(history.size() - 1).balance()) : BigDecimal.ZERO;
        if (!grown) {
            historyTitle.set(Messages.tr("accounts.history.loading", address));
        }
        loadingHistory = true;
        // not shown: the log's name for the work (a failure is shown below)
        background.call(
                "read the history of " + address,
                () -> historyOf(chain, address, from, start),
                lines -> {
                    loadingHistory = false;
                    Account still = selected.get();
                    if (historyAgain) {
                        historyAgain = false;
                        if (still == null || !still.address().equals(address)) {
                            loadHistory(still); // another account was picked meanwhile
                            return;
                        }
                        showHistory(chain, address, still, grown, lines);
                        loadHistory(still);
                        return;
                    }
                    if (still == null || !still.address().equals(address)) {
                        return;
                    }
                    showHistory(chain, address, still, grown, lines);
                },
                error -> {
                    loadingHistory = false;
                    historyAgain = false;
                    historyTitle.set(Messages.tr("accounts.history.failed", address, Background.reason(error)));
                });
    }

    private void showHistory(Chain chain, String address, Account still, boolean grown, List<HistoryRow> lines) {
        historyChain = chain;
        addressOfHistory = address;
        if (grown) {
            history.addAll(lines); // a long history is not shown again for each block: only its new lines
        } else {
            history.setAll(lines);
        }
        int count = history.size();
        String balance = Ledger.plain(still.balance());
        historyTitle.set(
                count == 1
                        ? Messages.tr("accounts.history.title.one", address, "", balance)
                        : Messages.tr("accounts.history.title.other", address, Formats.count(count), balance));
    }

    private static List<HistoryRow> historyOf(Chain chain, String address, int from, BigDecimal start) {
        List<LedgerEntry> entries = new Ledger(chain).history(address, from);
        List<HistoryRow> lines = new ArrayList<>(entries.size());
        BigDecimal balance = start;
        for (LedgerEntry entry : entries) {
            balance = balance.add(entry.change());
            lines.add(HistoryRow.of(entry, address, balance));
        }
        return lines;
    }

    /** Shows the block of {@code line} in the Blocks tab. */
    public void open(HistoryRow line) {
        Chain chain = historyChain;
        if (line == null
                || chain == null
                || line.block() < chain.genesis().index()
                || line.block() > chain.tip().index()) {
            return;
        }
        showBlock.accept(chain.block(line.block()));
    }

    /** What {@link #open} does with a block: the window selects it in the Blocks tab. */
    public void setOnShowBlock(Consumer<Block> handler) {
        this.showBlock = handler;
    }

    /** Every account, in the order first seen; the table sorts its own view of them. */
    public ObservableList<Account> rows() {
        return rows;
    }

    /** The accounts as the transaction form reads them. */
    public Balances balances() {
        return balances;
    }

    public ReadOnlyObjectProperty<Account> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ObservableList<HistoryRow> history() {
        return history;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty historyTitleProperty() {
        return historyTitle.getReadOnlyProperty();
    }
}
