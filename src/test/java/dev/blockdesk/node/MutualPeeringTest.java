package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.WireJson;
import dev.blockdesk.store.SqliteStore;
import dev.blockdesk.testing.Wait;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutual peering between real nodes on loopback, and with fakes of the Python tutorials' nodes:
 * a peer our user adds is asked to add us, in its own route, and says whether it did.
 */
class MutualPeeringTest {

    /** Long enough for a request that was going to be sent to have arrived. */
    private static final Duration QUIET = Duration.ofMillis(700);

    private final TestNodes nodes = new TestNodes();
    private SeedPeer seed;

    @AfterEach
    void close() {
        nodes.close();
        if (seed != null) {
            seed.close();
        }
    }

    /** The registration answers {@code node} tells its listeners. */
    private static BlockingQueue<PeerRegistration> answers(Node node) {
        BlockingQueue<PeerRegistration> answers = new LinkedBlockingQueue<>();
        node.addListener(
                new NodeListener() {
                    @Override
                    public void registrationAnswered(PeerRegistration registration) {
                        answers.add(registration);
                    }
                },
                Runnable::run);
        return answers;
    }

    private static PeerRegistration next(BlockingQueue<PeerRegistration> answers) throws InterruptedException {
        PeerRegistration answer = answers.poll(Wait.HANG.toSeconds(), TimeUnit.SECONDS);
        assertTrue(answer != null, "an answer within " + Wait.HANG.toSeconds() + " s");
        return answer;
    }

    private static Optional<PeerStatus> peer(Node node, Node other) {
        return node.peers().stream()
                .filter(p -> p.address().equals(PeerAddress.of("127.0.0.1", other.port())))
                .findFirst();
    }

    private static URI url(Node node) {
        return URI.create("http://127.0.0.1:" + node.port());
    }

    @Test
    void aPeerWeAddAddsUsBackAndDoesNotAskBack() throws Exception {
        Node a = nodes.start();
        Node b = nodes.start();
        BlockingQueue<PeerRegistration> fromA = answers(a);
        BlockingQueue<PeerRegistration> fromB = answers(b);

        a.registerPeers(List.of("http://localhost:" + b.port()));

        PeerRegistration answer = next(fromA);
        assertEquals(
                new PeerRegistration(PeerAddress.of("127.0.0.1", b.port()), url(a), true, "POST /nodes/register", null),
                answer);
        assertEquals("127.0.0.1:" + b.port() + " added us back (POST /nodes/register)", answer.describe());
        Wait.until(
                "B lists A as a peer that added it",
                () -> peer(b, a).map(PeerStatus::origin).orElse(null) == PeerOrigin.ADDED_US);
        Wait.during(
                "B does not ask A back",
                QUIET,
                () -> fromB.isEmpty() && a.peers().size() == 1);
        assertEquals(PeerOrigin.ADDED_BY_US, peer(a, b).orElseThrow().origin());

        JsonNode listed = TestNodes.get(b.url(), "/nodes").json();
        assertEquals("added us", listed.path("nodes").path(0).path("origin").asText());
        assertTrue(listed.get("added").isEmpty(), listed.toString());
        assertEquals("127.0.0.1:" + a.port(), listed.path("added_us").path(0).asText());
        assertEquals(
                "127.0.0.1:" + b.port(),
                TestNodes.get(a.url(), "/nodes").json().path("added").path(0).asText());

        assertTrue(a.removePeer("127.0.0.1:" + b.port()));
        Wait.during(
                "removing asks nothing: B keeps A, and nobody is told anything",
                QUIET,
                () -> peer(b, a).isPresent() && fromA.isEmpty() && fromB.isEmpty());
    }

    @Test
    void aPeerThatAddedUsBecomesOursWhenOurUserAddsIt() throws Exception {
        Node a = nodes.start();
        Node b = nodes.start();
        BlockingQueue<PeerRegistration> fromB = answers(b);
        a.registerPeers(List.of("127.0.0.1:" + b.port()));
        Wait.until("B lists A", () -> peer(b, a).isPresent());

        assertEquals(List.of(), b.registerPeers(List.of("127.0.0.1:" + a.port())), "not a new peer");

        assertEquals(PeerOrigin.ADDED_BY_US, peer(b, a).orElseThrow().origin());
        Wait.during("A is not asked: it has B already", QUIET, fromB::isEmpty);
    }

    @Test
    void whoAddedWhomSurvivesARestart(@TempDir Path dir) throws Exception {
        Node b = nodes.start();
        NodeConfig config = TestNodes.config();
        Chain chain = Chain.startingAt(config.rules(), 1528705939.5);
        try (SqliteStore store = SqliteStore.open(dir.resolve("blockdesk.db"))) {
            store.replaceBlocks(1, chain.blocks(), List.of());
            try (Node a = new Node(config, chain, List.of(), store)) {
                a.start();
                b.registerPeers(List.of(url(a).toString()));
                Wait.until("A lists B", () -> peer(a, b).isPresent());
                a.registerPeers(List.of("127.0.0.1:5999"));
            }
            try (Node again = new Node(config, chain, List.of(), store)) {
                assertEquals(
                        List.of(PeerOrigin.ADDED_US, PeerOrigin.ADDED_BY_US),
                        again.peers().stream().map(PeerStatus::origin).toList());
                assertEquals(
                        PeerAddress.of("127.0.0.1", b.port()),
                        again.peers().get(0).address());
            }
        }
    }

    @Test
    void withMutualPeeringOffTheNewPeerIsNotAsked() throws Exception {
        Node a = nodes.start(TestNodes.config().withMutualPeering(false));
        Node b = nodes.start();
        BlockingQueue<PeerRegistration> fromA = answers(a);
        a.registerPeers(List.of("127.0.0.1:" + b.port()));
        Wait.during("B has no peer", QUIET, () -> b.peers().isEmpty() && fromA.isEmpty());

        a.setMutualPeering(true);
        Node c = nodes.start();
        a.registerPeers(List.of("127.0.0.1:" + c.port()));
        assertTrue(next(fromA).agreed(), "turned on while running, it asks the next peer added");
        assertTrue(b.peers().isEmpty(), "and only that one");
    }

    @Test
    void aUsersRegistrationOverHttpAsksBackAndAMutualOneDoesNot() throws Exception {
        Node a = nodes.start();
        Node b = nodes.start();
        Node c = nodes.start();
        BlockingQueue<PeerRegistration> fromB = answers(b);

        assertEquals(
                201,
                TestNodes.post(b.url(), "/nodes/register", "{\"nodes\": [\"http://127.0.0.1:" + a.port() + "\"]}")
                        .status(),
                "a curl: B's user adding A");
        assertTrue(next(fromB).agreed());
        Wait.until(
                "A lists B as a peer that added it",
                () -> peer(a, b).map(PeerStatus::origin).orElse(null) == PeerOrigin.ADDED_US);
        assertEquals(PeerOrigin.ADDED_BY_US, peer(b, a).orElseThrow().origin());

        HttpRequest mutual = HttpRequest.newBuilder(b.url().resolve("/register-node"))
                .header("Content-Type", "application/json")
                .header(PeerRegistration.HEADER, PeerRegistration.MUTUAL)
                .POST(HttpRequest.BodyPublishers.ofString("{\"address\": \"http://127.0.0.1:" + c.port() + "\"}"))
                .build();
        assertEquals(201, TestNodes.send(mutual).status());
        assertEquals(PeerOrigin.ADDED_US, peer(b, c).orElseThrow().origin());
        Wait.during("C is not asked back", QUIET, () -> c.peers().isEmpty() && fromB.isEmpty());
    }

    @Test
    void aPeerThatIsDownDoesNotAddUsAndStaysAdded() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Node a = nodes.start();
        BlockingQueue<PeerRegistration> fromA = answers(a);

        a.registerPeers(List.of("127.0.0.1:" + closedPort));

        PeerRegistration answer = next(fromA);
        assertFalse(answer.agreed());
        assertEquals("127.0.0.1:" + closedPort + " did not add us: unreachable: connection refused", answer.describe());
        PeerStatus status = a.peers().get(0);
        assertEquals(PeerAddress.of("127.0.0.1", closedPort), status.address());
        assertEquals(PeerOrigin.ADDED_BY_US, status.origin());
        Wait.until(
                "shown offline",
                () -> "unreachable: connection refused".equals(a.peers().get(0).lastError()));
    }

    @Test
    void pyscoopIsAskedThroughRegisterNodeWithOurUrlAsTheAddress() throws Exception {
        seed = SeedPeer.of("pyscoop", vector("/vectors/dialects/pyscoop-chain.json"));
        Node a = nodes.start(TestNodes.config().withDialect("pyscoop"));
        BlockingQueue<PeerRegistration> fromA = answers(a);

        a.registerPeers(List.of(seed.address()));

        PeerRegistration answer = next(fromA);
        assertTrue(answer.agreed(), answer.describe());
        assertEquals("POST /register-node", answer.route());
        assertEquals(List.of("/nodes/register", "/register-node"), seed.paths("POST"), "/nodes/register answered 404");
        SeedPeer.Received registration = seed.to("/register-node").get(0);
        assertEquals("{\"address\": \"" + url(a) + "\"}", registration.body());
        assertEquals("mutual", registration.peering());
    }

    @Test
    void dvfGetsOurUrlInTheNodesList() throws Exception {
        seed = SeedPeer.of("dvf", vector("/vectors/python-chain.json"));
        Node a = nodes.start();
        BlockingQueue<PeerRegistration> fromA = answers(a);

        a.registerPeers(List.of(seed.address()));

        assertTrue(next(fromA).agreed());
        SeedPeer.Received registration = seed.to("/nodes/register").get(0);
        assertEquals("{\"nodes\": [\"" + url(a) + "\"]}", registration.body());
        assertEquals("application/json", registration.contentType());
        assertEquals(List.of("/nodes/register"), seed.paths("POST"));
    }

    @Test
    void boundToEveryInterfaceALoopbackPeerGetsOurLoopbackUrlAndAdvertiseOverrides() throws Exception {
        seed = SeedPeer.of("dvf", vector("/vectors/python-chain.json"));
        Node wildcard = nodes.start(TestNodes.config().withHost("0.0.0.0"));
        Node told = nodes.start(TestNodes.config().withAdvertise(URI.create("http://blockdesk.example.org:8080/")));

        wildcard.registerPeers(List.of(seed.address()));
        told.registerPeers(List.of(seed.address()));

        Wait.until("both asked", () -> seed.to("/nodes/register").size() == 2);
        List<String> bodies =
                seed.to("/nodes/register").stream().map(SeedPeer.Received::body).toList();
        assertTrue(bodies.contains("{\"nodes\": [\"http://127.0.0.1:" + wildcard.port() + "\"]}"), bodies.toString());
        assertTrue(bodies.contains("{\"nodes\": [\"http://blockdesk.example.org:8080\"]}"), bodies.toString());
    }

    @Test
    void aNodeWithNoRouteToAddPeersSaysSo() throws Exception {
        seed = SeedPeer.of("chain-study", vector("/vectors/dialects/chain-study-chain.json"));
        Node a = nodes.start(TestNodes.config().withDialect("chain-study"));
        BlockingQueue<PeerRegistration> fromA = answers(a);

        a.registerPeers(List.of(seed.address()));

        PeerRegistration answer = next(fromA);
        assertFalse(answer.agreed());
        assertEquals(
                "it has no route to add peers (POST /nodes/register and POST /register-node answered 404)",
                answer.reason());
        assertNull(a.peers().get(0).lastError(), "it answered: it is not shown as down");
    }

    @Test
    void aRefusalSaysWhatThePeerSaid() throws Exception {
        try (FakePeer json = FakePeer.answering((out, p) -> FakePeer.respond(
                        out, "400 Bad Request", "application/json", "{\"error\": \"this node takes no peers\"}"));
                FakePeer text = FakePeer.answering(
                        (out, p) -> FakePeer.respond(out, "403 Forbidden", "text/plain", "Error:\n  go away"))) {
            Node a = nodes.start();
            BlockingQueue<PeerRegistration> fromA = answers(a);

            a.registerPeers(List.of(json.address()));
            assertEquals(
                    json.address()
                            + " did not add us: answered HTTP 400 to POST /nodes/register: this node takes no peers",
                    next(fromA).describe());
            a.registerPeers(List.of(text.address()));
            assertEquals(
                    "answered HTTP 403 to POST /nodes/register: Error: go away",
                    next(fromA).reason());
        }
    }

    private static JsonNode vector(String path) throws IOException {
        try (InputStream in = MutualPeeringTest.class.getResourceAsStream(path)) {
            return WireJson.parse(in.readAllBytes());
        }
    }
}
