package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
