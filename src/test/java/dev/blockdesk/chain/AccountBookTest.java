package dev.blockdesk.chain;

import static dev.blockdesk.testing.PaymentChains.block;
import static dev.blockdesk.testing.PaymentChains.tx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.testing.PaymentChains;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountBookTest {

    private static final Chain GENESIS = Chain.startingAt(new DvfRules(0), 1.0);

    /** alice mines twice, pays bob 0.1 and 0.2 (floats), bob pays carol 3 he does not have, x sends "lots", alice pays herself. */
    private static final Chain CHAIN = PaymentChains.with(
            GENESIS,
            block(tx("0", "alice", "1")),
            block(tx("alice", "bob", "0.1"), tx("alice", "bob", "0.2"), tx("0", "alice", "1")),
            block(tx("bob", "carol", "3"), tx("x", "bob", "\"lots\""), tx("alice", "alice", "0.5")));

    private static Account account(AccountBook book, String address) {
        return book.account(address).orElseThrow();
    }

    @Test
    void everyAddressHasItsBalanceTransactionsRewardsAndBlocks() {
        AccountBook book = new AccountBook();
        AccountBook.Changes changes = book.follow(CHAIN);

        assertTrue(changes.recounted());
        assertEquals(
                List.of("alice", "bob", "carol", "x"),
                changes.accounts().stream().map(Account::address).toList(),
                "in the order first seen; the reward sender \"0\" is no account");
        assertEquals(
                new Account("alice", new BigDecimal("1.7"), 5, new BigDecimal("2"), 2, 0, 2, 4),
                account(book, "alice"),
                "0.1 + 0.2 counts as 0.3 exactly; paying herself moves nothing but is a transaction");
        assertEquals(
                new Account("bob", new BigDecimal("-2.7"), 4, BigDecimal.ZERO, 0, 1, 3, 4),
                account(book, "bob"),
                "overspending shows as a negative balance; \"lots\" counts as a transaction that moved nothing");
        assertEquals(new Account("x", BigDecimal.ZERO, 1, BigDecimal.ZERO, 0, 1, 4, 4), account(book, "x"));
        for (Account account : book.accounts()) {
            assertEquals(
                    0,
                    new Ledger(CHAIN).balance(account.address()).compareTo(account.balance()),
                    "the same rule as Ledger's");
            assertEquals(new Ledger(CHAIN).history(account.address()).size(), account.transactions());
        }
        assertEquals(BigDecimal.ZERO, book.balance("nobody"));
    }

    @Test
    void aGrowingChainCostsOnlyItsNewBlocksAndReportsOnlyTheAccountsTheyChanged() {
        AccountBook book = new AccountBook();
        book.follow(CHAIN.prefix(3));
        AccountBook.Changes changes = book.follow(CHAIN);

        assertFalse(changes.recounted());
        assertEquals(
                List.of("bob", "carol", "x", "alice"),
                changes.accounts().stream().map(Account::address).toList());
        assertEquals(new BigDecimal("-2.7"), book.balance("bob"));
        assertEquals(new AccountBook().follow(CHAIN).accounts(), book.accounts(), "as if counted at once");
        assertTrue(book.follow(CHAIN).accounts().isEmpty(), "the same chain again changes nothing");
    }

    @Test
    void aChainThatReplacedOursIsCountedAgain() {
        AccountBook book = new AccountBook();
        book.follow(CHAIN);
        Chain other = PaymentChains.with(CHAIN.prefix(2), block(tx("0", "dave", "1")), block(), block());

        AccountBook.Changes changes = book.follow(other);

        assertTrue(changes.recounted());
        assertEquals(
                List.of("alice", "dave"),
                book.accounts().stream().map(Account::address).toList());
        assertEquals(BigDecimal.ONE, book.balance("alice"));
        assertTrue(book.account("bob").isEmpty(), "bob's block was dropped");
    }

    @Test
    void pendingTransactionsChangeABalanceByTheSameRule() {
        List<Transaction> pending = List.of(
                Transaction.of("alice", "bob", WireJson.parse("1")),
                Transaction.of("carol", "alice", WireJson.parse("0.25")),
                Transaction.of("alice", "alice", WireJson.parse("9")));
        assertEquals(new BigDecimal("-0.75"), Ledger.change(pending, "alice"));
        assertEquals(BigDecimal.ONE, Ledger.change(pending, "bob"));
    }
}
