package dev.blockdesk.ui.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.testing.Chains;
import dev.blockdesk.ui.FakeNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WelcomeViewModelTest {

    private final List<Boolean> saved = new ArrayList<>();
    private final WelcomeViewModel welcome = new WelcomeViewModel(saved::add);
    private final Chain genesisOnly = Chain.startingAt(FakeNode.ANY_PROOF, 1_700_000_000.5);

    @Test
    void anEmptyWindowWelcomesUntilTheChainGrows() {
        welcome.update(genesisOnly);
        assertTrue(welcome.shownProperty().get());

        welcome.update(Chains.grow(genesisOnly, 1));
        assertFalse(welcome.shownProperty().get());
    }

    @Test
    void dismissingIsRememberedAndAnotherEmptyChainDoesNotBringItBack() {
        welcome.update(genesisOnly);
        welcome.dismiss();

        assertFalse(welcome.shownProperty().get());
        assertEquals(List.of(true), saved);
        welcome.update(genesisOnly);
        assertFalse(welcome.shownProperty().get());
    }

    @Test
    void dismissedInAnEarlierSessionItStaysHidden() {
        welcome.remember(true);
        welcome.update(genesisOnly);

        assertFalse(welcome.shownProperty().get());
    }

    @Test
    void helpWelcomeShowsItOnALongChainUntilDismissedAgain() {
        welcome.remember(true);
        welcome.update(Chains.grow(genesisOnly, 5));
        welcome.show();
        assertTrue(welcome.shownProperty().get());
        welcome.update(Chains.grow(genesisOnly, 6));
        assertTrue(welcome.shownProperty().get(), "asked for, it stays while blocks arrive");

        welcome.dismiss();
        assertFalse(welcome.shownProperty().get());
        assertEquals(List.of(), saved, "dismissed before: nothing new to remember");
    }
}
