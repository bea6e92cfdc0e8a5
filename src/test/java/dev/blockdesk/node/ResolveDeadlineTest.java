package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.blockdesk.testing.Wait;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every resolve path ends within the connect and whole-answer deadlines whatever peers do, with
 * auto-sync on, and a resolve asked for while one runs shares that one's outcome.
 */
class ResolveDeadlineTest {

    /** Connect 1 s + whole answer 2 s; the bounds below are five times that, to catch a hang. */
    private static final Duration DEADLINES = Duration.ofSeconds(3);

    private static final Duration BOUND = DEADLINES.multipliedBy(5);

    private final TestNodes nodes = new TestNodes();
    private FakePeer peer;

    @AfterEach
    void stop() {
        nodes.close();
        if (peer != null) {
            peer.close();
        }
    }

    private static NodeConfig config(FakePeer peer) {
        return TestNodes.config()
                .withPeerTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2))
                .withPeers(List.of(peer.address()));
    }

    @Test
    void autoSyncWithAStallingPeerEndsWithinTheDeadlineAndSyncNowIsNotStuckBehindIt() throws Exception {
        peer = FakePeer.stalling();
        Node node = nodes.start(config(peer).withAutoSyncInterval(Duration.ofMillis(100)));
        BlockingQueue<ResolveReport> reports = new LinkedBlockingQueue<>();
        node.addListener(
                new NodeListener() {
                    @Override
                    public void resolved(ResolveReport report) {
                        reports.add(report);
                    }
                },
                Runnable::run);

        ResolveReport automatic = reports.poll(BOUND.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(automatic, "auto-sync's resolve has an outcome within " + BOUND.toSeconds() + " s");
        assertEquals(PeerOutcome.Kind.UNREACHABLE, automatic.outcomes().get(0).kind());
        assertEquals(
                "no complete answer within 2 s", automatic.outcomes().get(0).reason());

        ResolveReport direct = Wait.get(node.resolveAsync(), BOUND);
        assertEquals(PeerOutcome.Kind.UNREACHABLE, direct.outcomes().get(0).kind());
        assertEquals(
                "no complete answer within 2 s",
                TestNodes.get(node.url(), "/nodes/resolve")
                        .json()
                        .path("peers")
                        .path(0)
                        .path("reason")
                        .asText());
    }

    @Test
    void aResolveAskedForWhileOneRunsSharesItsOutcome() {
        peer = FakePeer.silent();
        Node node = nodes.start(config(peer).withMutualPeering(false)); // connections are counted: only the resolve's

        CompletableFuture<ResolveReport> first = node.resolveAsync();
        CompletableFuture<ResolveReport> second = node.resolveAsync();
        ResolveReport report = Wait.get(first, BOUND);

        assertSame(report, Wait.get(second, BOUND), "the second request got the running round's report");
        assertEquals(1, peer.connections(), "one round asked the peer once");
    }
}
