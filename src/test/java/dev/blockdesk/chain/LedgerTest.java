package dev.blockdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private static Chain chainOf(String... blockTransactions) {
        Chain chain = Chain.startingAt(new DvfRules(0), 1.0);
        for (String txs : blockTransactions) {
            Block tip = chain.tip();
            String json = "{\"index\": " + (tip.index() + 1) + ", \"timestamp\": 2.0, \"transactions\": " + txs
                    + ", \"proof\": 1, \"previous_hash\": \"" + tip.hash() + "\"}";
            try {
                chain = chain.append(Block.fromJson(WireJson.parse(json), BlockHasher.SORTED_JSON));
            } catch (InvalidBlockException e) {
                throw new AssertionError(e);
            }
        }
        return chain;
    }

    @Test
    void balancesFollowRewardsAndPayments() {
        Chain chain = chainOf(
                "[{\"sender\": \"0\", \"recipient\": \"alice\", \"amount\": 1}]",
                "[{\"sender\": \"alice\", \"recipient\": \"bob\", \"amount\": 0.1}, {\"sender\": \"0\", \"recipient\": \"alice\", \"amount\": 1}]",
                "[{\"sender\": \"bob\", \"recipient\": \"carol\", \"amount\": 0.2}, {\"sender\": \"x\", \"recipient\": \"bob\", \"amount\": \"lots\"}]");
        Ledger ledger = new Ledger(chain);
        assertEquals(new BigDecimal("1.9"), ledger.balance("alice"));
        assertEquals(new BigDecimal("-0.1"), ledger.balance("bob"));
        assertEquals(new BigDecimal("0.2"), ledger.balance("carol"));
        assertEquals(BigDecimal.ZERO, ledger.balance("nobody"));
        List<LedgerEntry> bob = ledger.history("bob");
        assertEquals(3, bob.size());
        assertEquals(new LedgerEntry(3, 1, "alice", "bob", "0.1", new BigDecimal("0.1")), bob.get(0));
        assertEquals(new LedgerEntry(4, 2, "x", "bob", "\"lots\"", BigDecimal.ZERO), bob.get(2));
        assertEquals(true, ledger.history("alice").get(0).isReward());
    }

    @Test
    void hugeIntegerAmountsStayExact() {
        Chain chain = chainOf("[{\"sender\": \"0\", \"recipient\": \"whale\", \"amount\": 1180591620717411303424}]");
        assertEquals(new BigDecimal("1180591620717411303424"), new Ledger(chain).balance("whale"));
    }

    @Test
    void anAmountIsWrittenPlainWithoutTrailingZerosOrAnExponent() {
        assertEquals("2.5", Ledger.plain(new BigDecimal("2.50")));
        assertEquals("-1.75", Ledger.plain(new BigDecimal("-1.750")));
        assertEquals("0", Ledger.plain(new BigDecimal("0.000")));
        assertEquals("100", Ledger.plain(new BigDecimal("1E+2")));
    }
}
