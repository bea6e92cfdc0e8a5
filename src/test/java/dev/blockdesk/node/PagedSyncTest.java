package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.testing.Chains;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A paged sync on loopback against a real node behind a proxy that sets its pace: each page has its
 * own deadline, so a long chain is taken in one round when every page is prompt, while a page that
 * trickles past its deadline, or a sync that falls below the minimum pace, drops the peer with the
 * reason and adopts nothing. And the cap on a whole chain from a peer that answers only
 * {@code GET /chain} is the node's setting.
 */
class PagedSyncTest {

    private final TestNodes nodes = new TestNodes();
    private final List<AutoCloseable> proxies = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable proxy : proxies) {
            proxy.close();
        }
        nodes.close();
    }

    /** A node whose peers have {@code seconds} for each answer, or each page. */
    private Node fresh(int seconds) {
        return nodes.start(TestNodes.config()
                .withMutualPeering(false)
                .withPeerTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(seconds)));
    }

    /** A node holding a chain of {@code blocks} blocks. */
    private Node holding(int blocks) {
        Node node = nodes.start(TestNodes.config().withMutualPeering(false));
        node.importChain(Chains.grow(node.chain(), node.rules(), blocks - 1), "test");
        assertEquals(blocks, node.chain().length());
        return node;
    }

    private PacedProxy behind(Node node, Node of, PacedProxy.Planner planner) throws Exception {
        PacedProxy proxy = new PacedProxy(node, planner);
        proxies.add(proxy);
        of.registerPeers(List.of(proxy.address()));
        return proxy;
    }

    /** {@code target} asking for at most {@code count} blocks. */
    private static String smaller(String target, int count) {
        return target.replaceAll("count=\\d+", "count=" + count);
    }

    @Test
    void aLongSyncWhosePagesAreEachPromptIsTakenInOneRoundThoughItOutlastsAPagesDeadline() throws Exception {
        Node peer = holding(1_200);
        Node a = fresh(1);
        PacedProxy proxy = behind(
                peer,
                a,
                (target, n) -> target.startsWith(SyncApi.BLOCKS)
                        ? new PacedProxy.Plan(smaller(target, 200), 250, 0)
                        : PacedProxy.Plan.asIs(target));

        long start = System.nanoTime();
        ResolveReport report = a.resolve();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertTrue(report.replaced(), report.outcomes().get(0).reason());
        assertEquals(peer.chain(), a.chain());
        assertEquals(
                List.of(
                        SyncApi.TIP,
                        SyncApi.BLOCKS + "?from=1&count=1000",
                        SyncApi.BLOCKS + "?from=201&count=1000",
                        SyncApi.BLOCKS + "?from=401&count=800",
                        SyncApi.BLOCKS + "?from=601&count=600",
                        SyncApi.BLOCKS + "?from=801&count=400",
                        SyncApi.BLOCKS + "?from=1001&count=200"),
                proxy.asked());
        assertTrue(
                took.compareTo(Duration.ofMillis(1_500)) >= 0,
                "six pages a quarter second apart: longer than one page's 1 s, " + took);
    }

    @Test
    void aPeerThatTricklesAPagePastItsDeadlineIsDroppedWithTheReasonAndNothingIsAdopted() throws Exception {
        Node peer = holding(300);
        Node a = fresh(1);
        Chain before = a.chain();
        behind(
                peer,
                a,
                (target, n) -> !target.startsWith(SyncApi.BLOCKS)
                        ? PacedProxy.Plan.asIs(target)
                        : new PacedProxy.Plan(smaller(target, 100), 0, n == 2 ? 3_000 : 0));

        ResolveReport report = a.resolve();

        assertFalse(report.replaced());
        assertEquals(before, a.chain());
        String reason = "no complete answer to GET " + SyncApi.BLOCKS
                + "?from=101&count=200 within 1 s, the deadline of each page";
        assertEquals(reason, report.outcomes().get(0).reason());
        assertEquals(PeerOutcome.Kind.UNREACHABLE, report.outcomes().get(0).kind());
        assertEquals(reason, a.peers().get(0).lastError());
        assertFalse(a.peers().get(0).reachable());
    }

    @Test
    void aPeerThatKeepsEachPageJustWithinItsDeadlineButFallsBelowThePaceIsDropped() throws Exception {
        Node peer = holding(30);
        Node a = fresh(2);
        Chain before = a.chain();
        // A block a page; every page but the first 1.2 s late: within its own 2 s, but 30 blocks would take half a
        // minute.
        behind(
                peer,
                a,
                (target, n) -> !target.startsWith(SyncApi.BLOCKS)
                        ? PacedProxy.Plan.asIs(target)
                        : new PacedProxy.Plan(smaller(target, 1), n == 1 ? 0 : 1_200, 0));

        ResolveReport report = a.resolve();

        assertFalse(report.replaced());
        assertEquals(before, a.chain());
        String reason = report.outcomes().get(0).reason();
        assertEquals(PeerOutcome.Kind.INVALID, report.outcomes().get(0).kind());
        assertTrue(reason.startsWith("rejected: too slow: 2 blocks and 0 hashes in "), reason);
        assertTrue(
                reason.endsWith(" s; a sync must average 500 blocks or hashes a second after its first 2 s"), reason);
    }

    @Test
    void aWholeChainFromAPeerWithoutTheSyncApiIsReadUpToTheCapSet() throws Exception {
        Node peer = holding(40); // about 9 KB as GET /chain
        PacedProxy.Planner pythonLike =
                (target, n) -> PacedProxy.Plan.asIs(target.startsWith(SyncApi.PREFIX) ? "/no-such-route" : target);
        Node capped = nodes.start(TestNodes.config().withMutualPeering(false).withMaxPeerResponseBytes(4 << 10));
        Node roomy = nodes.start(TestNodes.config().withMutualPeering(false));
        behind(peer, capped, pythonLike);
        behind(peer, roomy, pythonLike);

        ResolveReport refused = capped.resolve();
        assertFalse(refused.replaced());
        assertEquals(
                "rejected: the answer is larger than 4 KiB, the cap on a whole chain (--max-chain-bytes)",
                refused.outcomes().get(0).reason());
        assertEquals(1, capped.chain().length());

        assertTrue(roomy.resolve().replaced());
        assertEquals(peer.chain(), roomy.chain());
    }
}
