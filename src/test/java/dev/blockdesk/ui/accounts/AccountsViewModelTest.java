package dev.blockdesk.ui.accounts;

import static dev.blockdesk.testing.PaymentChains.block;
import static dev.blockdesk.testing.PaymentChains.tx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Account;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.testing.PaymentChains;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.FakeNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The Accounts tab's view model against a fake node's chains; counting runs on the test's thread unless a test holds it. */
class AccountsViewModelTest {

    private final FakeNode node = new FakeNode();
    private final List<String> notices = new ArrayList<>();
    private final List<Runnable> held = new ArrayList<>();
    private boolean hold;
    private final Executor worker = work -> {
        if (hold) {
            held.add(work);
        } else {
            work.run();
        }
    };
    private final AccountsViewModel model = new AccountsViewModel(new Background(worker, Runnable::run, notices::add));

    private Chain payments() {
        return PaymentChains.with(
                node.chain,
                block(tx("0", "alice", "1")),
                block(tx("alice", "bob", "0.25"), tx("0", "alice", "1")),
                block(tx("bob", "carol", "2"), tx("x", "bob", "\"lots\"")));
    }

    private Account row(String address) {
        return model.rows().stream()
                .filter(a -> a.address().equals(address))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aLongChainIsFirstCountedWhenTheAccountsAreLookedAtThenFollowedBlockByBlock() {
        AccountsViewModel lazy = new AccountsViewModel(new Background(worker, Runnable::run, notices::add), 3);
        Chain chain = payments();
        lazy.update(chain);
        assertTrue(lazy.rows().isEmpty(), "4 blocks are a long chain here: not counted yet");
        assertEquals(
                "The accounts of 4 blocks are counted when you open this tab or the transaction form.",
                lazy.summaryProperty().get());
        assertNull(lazy.balances().counted());

        lazy.setLookedAt(true);
        assertEquals(4, lazy.rows().size(), "counted once looked at");
        lazy.setLookedAt(false);
        Chain longer = PaymentChains.with(chain, block(tx("0", "dave", "1")));
        lazy.update(longer);
        assertEquals(longer, lazy.balances().counted(), "once counted, every new block is counted, looked at or not");
        assertEquals(new BigDecimal("1"), lazy.balances().balance("dave"));
    }

    @Test
    void everyAddressOfTheChainIsARowWithItsBalanceAndBlocks() {
        model.update(payments());

        assertEquals(
                List.of("carol", "alice", "x", "bob"),
                model.rows().stream().map(Account::address).toList(),
                "the richest first: the table's first order");
        assertEquals(new Account("alice", new BigDecimal("1.75"), 3, new BigDecimal("2"), 2, 0, 2, 3), row("alice"));
        assertEquals(
                new BigDecimal("-1.75"), row("bob").balance(), "bob spent more than he had: the protocol lets him");
        assertEquals(1, row("bob").notNumeric());
        assertEquals(
                "4 accounts in 4 blocks. A balance is what the address received minus what it sent, mining rewards included;"
                        + " an amount that is not a JSON number (the string \"600\" a chain-study node stores from its form, say) moves nothing:"
                        + " it counts as 0; 2 accounts have such amounts.",
                model.summaryProperty().get());
        assertEquals(new BigDecimal("1.75"), model.balances().balance("alice"));
        assertTrue(notices.isEmpty());
    }

    @Test
    void aNewBlockChangesOnlyItsAccountsAndAReplacingChainIsCountedAgain() {
        Chain chain = payments();
        model.update(chain);
        Account carol = row("carol");
        Chain longer = PaymentChains.with(chain, block(tx("alice", "dave", "1"), tx("0", "alice", "1")));
        model.update(longer);

        assertEquals(
                List.of("carol", "alice", "x", "bob", "dave"),
                model.rows().stream().map(Account::address).toList(),
                "a new account is added at the end");
        assertEquals(new BigDecimal("1.75"), row("alice").balance());
        assertEquals(5, row("alice").transactions());
        assertTrue(carol == row("carol"), "an account the block did not touch keeps its row");

        Chain other = PaymentChains.with(chain.prefix(2), block(tx("0", "erin", "1")), block(), block());
        model.update(other);
        assertEquals(
                List.of("alice", "erin"),
                model.rows().stream().map(Account::address).toList());
        assertEquals(0, model.balances().balance("carol").signum(), "the form's balances follow");
    }

    @Test
    void chainsArrivingWhileACountRunsWaitAndOnlyTheLatestIsCountedNext() {
        Chain chain = payments();
        hold = true;
        model.update(chain.prefix(2));
        assertEquals(
                "Counting the accounts of 2 blocks…", model.summaryProperty().get());
        model.update(chain.prefix(3));
        model.update(chain);
        assertEquals(1, held.size(), "one count at a time");
        hold = false;
        held.remove(0).run();

        assertEquals(chain, model.balances().counted(), "the latest chain, counted right after the first");
        assertEquals(4, model.rows().size());
    }

    @Test
    void selectingAnAccountShowsItsHistoryAndActivatingALineShowsItsBlock() {
        Chain chain = payments();
        model.update(chain);
        List<Block> shown = new ArrayList<>();
        model.setOnShowBlock(shown::add);

        model.select(row("bob"));

        assertEquals(
                List.of(
                        new HistoryRow(3, 1, "from alice", "0.25", "", "0.25", true),
                        new HistoryRow(4, 1, "to carol", "", "2", "-1.75", true),
                        new HistoryRow(4, 2, "from x", "\"lots\"", "", "-1.75", false)),
                model.history());
        assertEquals(
                "History of bob: 3 transactions, balance -1.75. Activate a line to see its block.",
                model.historyTitleProperty().get());

        model.open(model.history().get(1));
        assertEquals(List.of(chain.block(4)), shown);

        model.select(row("alice"));
        assertEquals("mining reward", model.history().get(0).what());
        assertEquals("1", model.history().get(0).in());
    }

    @Test
    void theHistoryShownFollowsANewBlockOfItsAccountAndGoesWhenTheAccountLeavesTheChain() {
        Chain chain = payments();
        model.update(chain);
        model.select(row("carol"));
        assertEquals(1, model.history().size());

        model.update(PaymentChains.with(chain, block(tx("carol", "alice", "0.5"))));
        assertEquals(2, model.history().size());
        assertEquals(new BigDecimal("1.5"), model.selectedProperty().get().balance());

        model.update(PaymentChains.with(chain.prefix(2), block(), block(), block()));
        assertNull(model.selectedProperty().get(), "carol's blocks were dropped");
        assertTrue(model.history().isEmpty());
    }

    @Test
    void aLongHistoryGetsOnlyTheNewLinesOfANewBlockEvenWhenBlocksArriveWhileItIsRead() {
        Chain chain = payments();
        model.update(chain);
        model.select(row("alice"));
        HistoryRow first = model.history().get(0);
        Chain longer = PaymentChains.with(chain, block(tx("0", "alice", "1")));
        Chain longest = PaymentChains.with(longer, block(tx("alice", "bob", "0.5")));

        hold = true;
        model.update(longer);
        held.remove(0).run(); // counted; the history's new line is being read
        model.update(longest);
        assertEquals(2, held.size(), "the next count, and the history read");
        hold = false;
        held.remove(1).run(); // the second count ends first: its block's line must wait for the read under way
        held.remove(0).run();

        assertTrue(first == model.history().get(0), "the lines shown stay: only new ones are added");
        assertEquals(
                List.of("mining reward", "to bob", "mining reward", "mining reward", "to bob"),
                model.history().stream().map(HistoryRow::what).toList(),
                "each line once");
        assertEquals("2.25", model.history().get(4).balance());
        assertEquals(
                "History of alice: 5 transactions, balance 2.25. Activate a line to see its block.",
                model.historyTitleProperty().get());
    }
}
