package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.BlockHasher;
import dev.blockdesk.chain.CanonicalJson;
import dev.blockdesk.chain.ChainReplacement;
import dev.blockdesk.chain.ProofOfWork;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.chain.WireJson;
import dev.blockdesk.testing.Wait;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Consensus between real nodes on loopback, and against peers that lie, stall or drown us. */
class ConsensusTest {

    private final TestNodes nodes = new TestNodes();
    private final List<FakePeer> fakes = new ArrayList<>();

    @AfterEach
    void stop() {
        nodes.close();
        fakes.forEach(FakePeer::close);
    }

    private FakePeer fake(FakePeer peer) {
        fakes.add(peer);
        return peer;
    }

    private static Map<String, PeerOutcome> byPeer(ResolveReport report) {
        return report.outcomes().stream()
                .collect(Collectors.toMap(o -> o.peer().toString(), o -> o, (a, b) -> a, LinkedHashMap::new));
    }

    private static String peerOf(Node node) {
        return "127.0.0.1:" + node.port();
    }

    @Test
    void twoNodesAdoptTheLongerChainAndATieKeepsOurs() throws Exception {
        Node a = nodes.start();
        Node b = nodes.start();
        TestNodes.mine(a, 1);
        TestNodes.mine(b, 3);
        a.registerPeers(List.of("http://localhost:" + b.port()));

        ResolveReport report = a.resolve();
        assertTrue(report.replaced());
        assertEquals(b.chain(), a.chain());
        PeerOutcome outcome = report.outcomes().get(0);
        assertEquals(PeerOutcome.Kind.ADOPTED, outcome.kind());
        assertEquals("adopted: its 4 blocks replaced our 2", outcome.reason());
        PeerStatus status = a.peers().get(0);
        assertTrue(status.reachable());
        assertEquals(4, status.chainLength());
        assertEquals(b.chain().tip().hash(), status.tipHash());

        ResolveReport tie = a.resolve();
        assertFalse(tie.replaced(), "same length: ours stays");
        assertEquals("in sync: the same 4 blocks", tie.outcomes().get(0).reason());
    }

    @Test
    void threeNodesSettleOnTheLongestChain() throws Exception {
        Node a = nodes.start();
        Node b = nodes.start();
        Node c = nodes.start();
        TestNodes.mine(a, 2);
        TestNodes.mine(b, 5);
        TestNodes.mine(c, 3);
        for (Node node : List.of(a, b, c)) {
            List<String> others = new ArrayList<>();
            for (Node other : List.of(a, b, c)) {
                if (other != node) {
                    others.add(
                            node.url().toString().replace(String.valueOf(node.port()), String.valueOf(other.port())));
                }
            }
            node.registerPeers(others);
        }
        a.resolve();
        c.resolve();
        assertEquals(b.chain(), a.chain());
        assertEquals(b.chain(), c.chain());
        assertFalse(b.resolve().replaced());
        assertEquals(6, TestNodes.get(a.url(), "/chain").json().get("length").asInt());
    }

    @Test
    void hostilePeersAreRejectedWithReasonsWhileAGoodPeersChainIsAdopted() throws Exception {
        Node good = nodes.start();
        TestNodes.mine(good, 5);
        JsonNode goodChain = TestNodes.get(good.url(), "/chain").json();
        Node ours = nodes.start(TestNodes.config().withMaxPeerResponseBytes(8L << 20));
        TestNodes.mine(ours, 1);

        Map<String, String> expected = new LinkedHashMap<>();
        FakePeer wrongHash =
                fake(FakePeer.json(tamper(goodChain, chain -> block(chain, 3).put("previous_hash", "ab".repeat(32)))));
        expected.put(
                wrongHash.address(),
                "rejected: invalid chain: block 3: previous_hash does not match the hash of block 2");
        long badProof = invalidProof(goodChain, 4);
        FakePeer wrongProof =
                fake(FakePeer.json(tamper(goodChain, chain -> block(chain, 4).put("proof", badProof))));
        expected.put(
                wrongProof.address(),
                "rejected: invalid chain: block 4: proof " + badProof + " does not meet difficulty 2");
        FakePeer wrongGenesis =
                fake(FakePeer.json(tamper(goodChain, chain -> block(chain, 1).put("proof", 7))));
        expected.put(wrongGenesis.address(), "rejected: invalid chain: block 1: genesis proof must be 100, found 7");
        FakePeer liar = fake(FakePeer.json(tamper(goodChain, chain -> {
                    while (chain.size() > 2) {
                        chain.remove(chain.size() - 1);
                    }
                })
                .replace("\"length\": 6", "\"length\": 1000")));
        expected.put(
                liar.address(),
                "kept ours: it starts from another genesis block and is not longer (2 blocks against our 2)");
        FakePeer html = fake(FakePeer.html());
        expected.put(
                html.address(),
                "rejected: did not answer with a chain: malformed JSON at line 1, column 1: Unexpected character ('<' (code 60)): expected a valid value (JSON String, Number (or 'NaN'/'+INF'/'-INF'), Array, Object or token 'null', 'true' or 'false')");
        FakePeer silent = fake(FakePeer.silent());
        expected.put(silent.address(), "no complete answer within 3 s");
        FakePeer stalling = fake(FakePeer.stalling());
        expected.put(stalling.address(), "no complete answer within 3 s");
        FakePeer huge = fake(FakePeer.huge(50_000_000));
        expected.put(
                huge.address(),
                "rejected: the answer is larger than 8 MiB, the cap on a whole chain (--max-chain-bytes)");
        expected.put(peerOf(good), "adopted: its 6 blocks replaced our 2");

        ours.registerPeers(expected.keySet());
        long start = System.nanoTime();
        ResolveReport report = ours.resolve();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertTrue(report.replaced());
        assertEquals(good.chain(), ours.chain());
        Map<String, PeerOutcome> outcomes = byPeer(report);
        expected.forEach(
                (peer, reason) -> assertEquals(reason, outcomes.get(peer).reason(), peer));
        assertEquals(
                PeerOutcome.Kind.UNREACHABLE, outcomes.get(silent.address()).kind());
        assertEquals(PeerOutcome.Kind.INVALID, outcomes.get(huge.address()).kind());
        // A hang bound, five times the connect (1 s) and whole-answer (3 s) deadlines: a resolve that
        // asked the peers one after another, or waited on a silent one, would take far longer.
        assertTrue(
                took.compareTo(Duration.ofSeconds(20)) < 0,
                "peers are asked at once and bounded by the deadlines; took " + took);
        PeerStatus silentStatus = ours.peers().stream()
                .filter(p -> p.address().toString().equals(silent.address()))
                .findFirst()
                .orElseThrow();
        assertFalse(silentStatus.reachable());
        assertEquals("no complete answer within 3 s", silentStatus.lastError());
    }

    @Test
    void deadPeersAreReportedUnreachable() throws Exception {
        Node ours = nodes.start();
        FakePeer closed = FakePeer.silent();
        String address = closed.address();
        closed.close();
        ours.registerPeers(List.of(address));
        ResolveReport report = ours.resolve();
        assertEquals(PeerOutcome.Kind.UNREACHABLE, report.outcomes().get(0).kind());
        assertEquals("unreachable: connection refused", report.outcomes().get(0).reason());
    }

    @Test
    void nothingIsLostWhenALongerChainReplacesOurs() throws Exception {
        Node ours = nodes.start();
        Node theirs = nodes.start();
        JsonNode onlyOurs = WireJson.parse("{\"sender\": \"alice\", \"recipient\": \"bob\", \"amount\": 1}");
        JsonNode both = WireJson.parse("{\"sender\": \"carol\", \"recipient\": \"dan\", \"amount\": 2.5}");
        ours.submitTransaction(onlyOurs);
        TestNodes.mine(ours, 1); // onlyOurs is in our block 2, which will be dropped
        assertEquals(List.of(), ours.pending());
        ours.registerPeers(List.of(peerOf(theirs)));
        ours.submitTransaction(both); // pending with us, forwarded to them
        Wait.until(
                "the transaction reaches the peer",
                Duration.ofMillis(5000),
                () -> theirs.pending().size() == 1);
        TestNodes.mine(theirs, 3);

        ResolveReport report = ours.resolve();
        ChainReplacement replacement = report.replacement();
        assertEquals(1, replacement.forkIndex(), "each node made its own genesis block");
        assertEquals(2, replacement.dropped().size());
        assertEquals(
                List.of("alice"),
                replacement.restored().stream().map(Transaction::sender).toList());
        assertEquals(
                List.of("carol"),
                replacement.confirmed().stream().map(Transaction::sender).toList());
        assertEquals(
                List.of("alice"),
                ours.pending().stream().map(Transaction::sender).toList());
        TestNodes.mine(ours, 1);
        assertEquals(List.of(), ours.pending());
        assertEquals(
                1,
                count(ours, "alice"),
                "restored, then mined once: " + ours.chain().blocks());
        assertEquals(1, count(ours, "carol"), "mined by the peer, not again by us");
    }

    private static long count(Node node, String sender) {
        return node.chain().blocks().stream()
                .flatMap(b -> b.transactions().stream())
                .filter(t -> sender.equals(t.sender()))
                .count();
    }

    private static ObjectNode block(ArrayNode chain, int position) {
        return (ObjectNode) chain.get(position - 1);
    }

    private static String tamper(JsonNode document, java.util.function.Consumer<ArrayNode> change) {
        ObjectNode copy = document.deepCopy();
        change.accept((ArrayNode) copy.get("chain"));
        return CanonicalJson.write(copy);
    }

    private static long invalidProof(JsonNode document, int position) throws Exception {
        Block previous = Block.fromJson(document.get("chain").get(position - 2), BlockHasher.SORTED_JSON);
        ProofOfWork pow = new ProofOfWork(TestNodes.DIFFICULTY);
        long proof = document.get("chain").get(position - 1).get("proof").asLong() + 1;
        while (pow.isValid(previous.proofText(), Long.toString(proof), previous.hash())) {
            proof++;
        }
        return proof;
    }
}
