package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.node.PeerAddress;
import dev.blockdesk.node.PeerOrigin;
import dev.blockdesk.node.PeerStatus;
import dev.blockdesk.testing.Chains;
import dev.blockdesk.ui.FakeNode;
import dev.blockdesk.ui.blocks.BlockRow;
import dev.blockdesk.ui.fork.ForkGraph;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Ties, forks and a reorganisation in the window over a fake node, as a user sees them. */
class ForksViewTest extends FxRobot {

    @TempDir
    Path dir;

    private final FakeNode node = new FakeNode();
    private MainViewModel model;

    @BeforeEach
    void mount() throws Exception {
        FileDialogs files = Views.NO_FILES;
        model = Views.mountWindow(node, dir, files);
        interact(() -> {
            node.mine(); // block 2, shared
            model.tick();
        });
    }

    @AfterEach
    void unmount() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aTieShowsForkedInTheStatusBarAndThePeersTableAndTheForkCanBeDrawn() throws Exception {
        Chain theirs = Chains.branch(node.chain, 1, 7);
        Block shared = node.chain.tip();
        node.peers.add(new PeerStatus(
                PeerAddress.parse("127.0.0.1:5001"),
                true,
                3,
                theirs.tip().hash(),
                Duration.ofMillis(5),
                Instant.now(),
                null,
                "dvf",
                new PeerStatus.Shared(shared.index(), shared.hash()),
                dev.blockdesk.chain.ForkPicture.of(Chains.branch(node.chain, 1, 3), theirs, "127.0.0.1:5001", false),
                PeerOrigin.ADDED_BY_US));
        interact(() -> {
            node.mine();
            model.tick();
        });

        Label state = lookup("#syncStateLabel").queryAs(Label.class);
        assertEquals("Forked with 1 of 1 peer at block 2", state.getText());
        assertTrue(state.getPseudoClassStates().contains(PseudoClass.getPseudoClass("forked")));
        assertFalse(state.getPseudoClassStates().contains(PseudoClass.getPseudoClass("in-sync")));

        interact(
                () -> lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(2));
        TableCell<?, ?> relation = cell("peerRelationColumn");
        assertEquals("forked at block 2, a tie", relation.getText());
        assertEquals(
                relation.getText(),
                ((javafx.scene.text.Text) relation.lookup(".text")).getText(),
                "it fits its column");
        assertTrue(relation.getPseudoClassStates().contains(PseudoClass.getPseudoClass("forked")));
        assertEquals(
                "#3 " + theirs.tip().hash().substring(0, 8) + "…",
                cell("peerTipColumn").getText());

        assertTrue(lookup("#showForkButton").query().isDisabled(), "nothing selected, nothing to draw");
        clickOn(relation);
        clickOn("#showForkButton");
        WaitForAsyncUtils.waitForFxEvents();
        ForkGraph graph = lookup(".fork-dialog #forkGraph").queryAs(ForkGraph.class);
        assertEquals(2, graph.getPicture().forkIndex());
        assertTrue(graph.getAccessibleText().contains("Fork at block 2"), graph.getAccessibleText());
        clickOn("#closeForkButton");
    }

    @Test
    void aReorganisationShowsTheBannerAndTheDroppedBlockStaysSelectedMarkedOrphaned() throws Exception {
        interact(() -> {
            node.mine(); // block 3, ours
            model.tick();
        });
        Block ours = node.chain.tip();
        TableView<?> blocks = lookup("#blocksTable").queryAs(TableView.class);
        interact(() -> blocks.getSelectionModel().select(0));
        assertEquals("Block 3", lookup("#detailTitle").queryAs(Label.class).getText());
        VBox banner = lookup("#reorgBanner").queryAs(VBox.class);
        assertFalse(banner.isVisible(), "no banner before a reorganisation");

        Chain theirs = Chains.branch(node.chain.prefix(2), 2, 9);
        interact(() -> {
            node.reorganise(theirs, "127.0.0.1:5001", Instant.now());
            model.tick();
        });

        assertTrue(banner.isVisible());
        String title = lookup("#reorgTitle").queryAs(Label.class).getText();
        assertTrue(title.endsWith("a longer chain from 127.0.0.1:5001 replaced ours: block 3 dropped"), title);
        assertEquals(
                "Fork point: block 2. Lost: 1 mining reward of ours (1). Back in Pending and sent to peers again: none."
                        + " Already in the new chain: none.",
                lookup("#reorgSummary").queryAs(Label.class).getText());
        ForkGraph graph = lookup("#reorgBanner #forkGraph").queryAs(ForkGraph.class);
        assertFalse(graph.isVisible(), "two lines until the details are asked for");
        clickOn("#reorgDetailsToggle");
        assertTrue(graph.isVisible());
        TextArea details = lookup("#reorgDetails").queryAs(TextArea.class);
        assertTrue(details.isVisible());
        assertTrue(details.getText().contains("block 3  " + ours.hash()));
        assertTrue(graph.getAccessibleText().endsWith("127.0.0.1:5001's branch won"), graph.getAccessibleText());

        assertEquals(
                "Block 3 (orphaned)",
                lookup("#detailTitle").queryAs(Label.class).getText(),
                "the selected block keeps its pane");
        Label mark = lookup("#orphanedMark").queryAs(Label.class);
        assertTrue(mark.isVisible());
        assertTrue(
                mark.getText().contains("dropped when a longer chain from 127.0.0.1:5001 replaced ours"),
                mark.getText());
        assertTrue(lookup("#detailArea").queryAs(TextArea.class).getText().contains(ours.hash()));

        clickOn("#showOrphanedToggle");
        assertTrue(lookup("#showOrphanedToggle").queryAs(ToggleButton.class).isSelected());
        assertEquals(5, blocks.getItems().size(), "4 blocks of the chain and our orphaned one");
        TableRow<?> orphanRow = lookup("#blocksTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof BlockRow row && row.isOrphaned())
                .findFirst()
                .orElseThrow();
        assertTrue(orphanRow.getPseudoClassStates().contains(PseudoClass.getPseudoClass("orphaned")));
        assertEquals(2, orphanRow.getIndex(), "below the chain's block 3");

        clickOn("#dismissReorgButton");
        assertFalse(banner.isVisible());
    }

    private TableCell<?, ?> cell(String columnId) {
        return lookup("#peersTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId())
                        && c.getIndex() == 0)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cell in " + columnId));
    }
}
