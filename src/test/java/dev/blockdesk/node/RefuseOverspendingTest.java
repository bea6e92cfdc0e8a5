package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Ledger;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code --refuse-overspending}: new transactions over HTTP are refused with the balance and amount; peers' chains never are. */
class RefuseOverspendingTest {

    private final TestNodes nodes = new TestNodes();

    @AfterEach
    void close() {
        nodes.close();
    }

    private static String tx(String sender, String recipient, String amount) {
        return "{\"sender\": \"" + sender + "\", \"recipient\": \"" + recipient + "\", \"amount\": " + amount + "}";
    }

    @Test
    void offByDefaultAnOverspendingTransactionIsAcceptedAsTheTutorialNodeAcceptsIt() {
        Node node = nodes.start();
        assertFalse(node.refusesOverspending());

        TestNodes.Answer answer = TestNodes.post(node.url(), "/transactions/new", tx("bob", "carol", "5"));

        assertEquals(201, answer.status(), answer.text());
        assertEquals(1, node.pending().size());
    }

    @Test
    void onEveryRouteRefusesASenderWhoseBalanceWithPendingIsBelowTheAmountAndSaysBoth() {
        Node node = nodes.start();
        node.setRefuseOverspending(true);
        String miner = node.nodeId();

        for (String route : List.of("/transactions/new", "/create-transaction")) {
            TestNodes.Answer refused = TestNodes.post(node.url(), route, tx("bob", "carol", "5"));
            assertEquals(400, refused.status(), route);
            assertEquals(
                    "sender bob has a balance of 0 (the chain's, with its pending transactions) and cannot send 5: this node refuses"
                            + " overspending (--refuse-overspending); the tutorial protocol itself does not check balances",
                    refused.error(),
                    route);
        }
        assertTrue(node.pending().isEmpty(), "nothing refused is pending");

        TestNodes.mine(node, 2); // two rewards of 1 for the miner
        assertEquals(
                201,
                TestNodes.post(node.url(), "/transactions/new", tx(miner, "carol", "1.5"))
                        .status(),
                "1.5 of 2");
        TestNodes.Answer second = TestNodes.post(node.url(), "/transactions/new", tx(miner, "carol", "1"));
        assertEquals(400, second.status(), "the pending 1.5 counts: 0.5 is left");
        assertTrue(second.error().startsWith("sender " + miner + " has a balance of 0.5 "), second.error());
        assertTrue(second.error().contains("cannot send 1:"), second.error());
        assertEquals(
                201,
                TestNodes.post(node.url(), "/transactions/new", tx(miner, "carol", "0.5"))
                        .status(),
                "exactly the balance");

        node.setRefuseOverspending(false);
        assertEquals(
                201,
                TestNodes.post(node.url(), "/transactions/new", tx("bob", "carol", "5"))
                        .status(),
                "off again: accepted");
    }

    @Test
    void aPeersChainWithOverspendingIsStillAdopted() throws Exception {
        Node strict = nodes.start();
        strict.setRefuseOverspending(true);
        Node lax = nodes.start();
        assertEquals(
                201,
                TestNodes.post(lax.url(), "/transactions/new", tx("bob", "carol", "1000"))
                        .status());
        TestNodes.mine(lax, 3);
        strict.registerPeers(List.of("http://localhost:" + lax.port()));

        ResolveReport report = strict.resolve();

        assertTrue(report.replaced(), "the protocol's rules decide which chain wins, not balances");
        assertEquals(lax.chain(), strict.chain());
        assertEquals(new BigDecimal("-1000"), new Ledger(strict.chain()).balance("bob"));
        TestNodes.Answer more = TestNodes.post(strict.url(), "/transactions/new", tx("bob", "carol", "1"));
        assertEquals(400, more.status(), "but bob cannot spend more here");
        assertTrue(more.error().startsWith("sender bob has a balance of -1000 "), more.error());
    }
}
