package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.blockdesk.testing.Wait;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Which route is tried next when a peer refuses one. */
class KnownRoutesTest {

    private static final KnownRoutes.Routes DVF = KnownRoutes.Routes.DVF;

    @Test
    void aMissingRouteLeadsToTheNextTutorialsRoute() {
        assertEquals("/chains", DVF.nextChain());
        assertNull(DVF.withChain("/chains").nextChain());
        assertEquals("/sync-chain", DVF.nextResolve());
        assertNull(DVF.withResolve("/sync-chain").nextResolve(), "after /sync-chain: no resolve route at all");
        assertEquals(KnownRoutes.Submit.CREATE, DVF.nextSubmit(404, true), "pyscoop has no /transactions/new");
    }

    @Test
    void onlyAFlaskErrorPageMeansTheRouteReadsAForm() {
        assertEquals(KnownRoutes.Submit.FORM, DVF.nextSubmit(400, true), "chain-study without debug");
        assertEquals(KnownRoutes.Submit.FORM, DVF.nextSubmit(500, true), "chain-study as its seed runs it, debug=True");
        assertNull(DVF.nextSubmit(400, false), "a node that read our JSON and refused the transaction: keep JSON");
        assertNull(DVF.nextSubmit(503, true));
        assertNull(DVF.withSubmit(KnownRoutes.Submit.FORM).nextSubmit(400, true), "the last way is the last");
    }

    @Test
    void pyscoopTakesOurAddressAtRegisterNode() {
        assertEquals(KnownRoutes.Register.NODES, DVF.register(), "dvf, dvf-early and Blockdesk: POST /nodes/register");
        assertEquals(KnownRoutes.Register.ADDRESS, DVF.nextRegister(404), "pyscoop has no /nodes/register");
        assertNull(DVF.nextRegister(400), "a node that read our request and refused it keeps its route");
        assertNull(
                DVF.withRegister(KnownRoutes.Register.ADDRESS).nextRegister(404),
                "after /register-node: no route to add peers");
        assertEquals("/register-node", KnownRoutes.Register.ADDRESS.path);
        assertEquals(
                "GET /chain, GET /sync-chain, POST /create-transaction, POST /register-node",
                DVF.withResolve("/sync-chain")
                        .withSubmit(KnownRoutes.Submit.CREATE)
                        .withRegister(KnownRoutes.Register.ADDRESS)
                        .describe());
    }

    @Test
    void routesLearnedAtOnceForOnePeerAreAllKept() {
        KnownRoutes routes = new KnownRoutes();
        List<PeerAddress> peers = new ArrayList<>();
        for (int port = 1; port <= 300; port++) {
            peers.add(PeerAddress.of("127.0.0.1", port));
        }
        CompletableFuture<Void> submits = CompletableFuture.runAsync(() -> peers.forEach(peer -> routes.learn(
                peer, "POST /transactions/new answered 404", r -> r.withSubmit(KnownRoutes.Submit.CREATE))));
        CompletableFuture<Void> registers = CompletableFuture.runAsync(() -> peers.forEach(peer -> routes.learn(
                peer, "POST /nodes/register answered 404", r -> r.withRegister(KnownRoutes.Register.ADDRESS))));
        Wait.get(CompletableFuture.allOf(submits, registers), Wait.HANG);

        for (PeerAddress peer : peers) {
            assertEquals(
                    DVF.withSubmit(KnownRoutes.Submit.CREATE).withRegister(KnownRoutes.Register.ADDRESS),
                    routes.of(peer),
                    peer.toString());
        }
    }
}
