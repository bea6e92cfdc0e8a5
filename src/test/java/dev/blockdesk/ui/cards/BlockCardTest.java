package dev.blockdesk.ui.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.BlockHasher;
import java.util.List;
import javafx.scene.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The read-only block card on its own: what it shows, green or red with the reason, and reuse for another block. */
class BlockCardTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static Block block(long index) {
        return Block.create(
                index, 1_700_000_000.5, List.of(), 35_293, "00ab" + "c".repeat(60), BlockHasher.SORTED_JSON);
    }

    @Test
    void aCardShowsItsBlockAndTurnsRedWithTheReasonOrGreen() {
        BlockCard card = new BlockCard();
        assertNull(card.validity(), "neither green nor red until checked");
        Block block = block(42);
        card.show(block, "Block 41");
        assertEquals("Block 42", card.titleText());
        assertEquals("proof 35293", card.proofText());
        assertEquals("0 transactions", card.transactionsText());
        assertEquals(
                block.hash().substring(0, BlockCard.HASH_SHOWN) + "…",
                card.hash().shownText());
        assertEquals(
                "00ab" + "c".repeat(BlockCard.PREVIOUS_SHOWN - 4) + "…",
                card.previousHash().shownText());
        assertEquals("00", card.previousHash().zerosText());
        assertEquals("Block 41", card.linkText());

        card.showValidity(false, "previous_hash does not match the hash of block 41");
        assertFalse(card.validity());
        assertTrue(card.getStyleClass().contains("invalid"));
        Node reason = card.lookup(".block-card-reason");
        assertTrue(reason.isVisible() && reason.isManaged(), "the reason is shown under a red card");
        assertEquals("previous_hash does not match the hash of block 41", card.reasonText());

        card.showValidity(true, "");
        assertTrue(card.validity());
        assertFalse(card.getStyleClass().contains("invalid"), "one of the two, never both");
        assertFalse(reason.isVisible() || reason.isManaged());

        card.setHashShown(0);
        card.show(block(7), "");
        assertEquals(block(7).hash(), card.hash().shownText(), "the whole hash when asked");
        assertEquals("", card.linkText(), "no arrow when the card names no block");
        card.clearValidity();
        assertNull(card.validity());
    }
}
