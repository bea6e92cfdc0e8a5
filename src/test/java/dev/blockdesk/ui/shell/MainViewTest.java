package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.app.ChainFiles;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.node.PeerAddress;
import dev.blockdesk.node.PeerOrigin;
import dev.blockdesk.node.PeerStatus;
import dev.blockdesk.store.StoreException;
import dev.blockdesk.testing.Chains;
import dev.blockdesk.testing.Wait;
import dev.blockdesk.ui.FakeNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window itself (menus, toolbar, notice bar) mounted over a fake node: File → Import chain
 * and Export chain as a user meets them, and failures shown until dismissed. The file chooser is
 * replaced by one that answers with the test's file.
 */
class MainViewTest extends FxRobot {

    @TempDir
    Path dir;

    private final FakeNode node = new FakeNode();
    private final AtomicReference<Path> chosen = new AtomicReference<>();
    private MainViewModel model;

    @BeforeEach
    void mount() throws Exception {
        FileDialogs files = Views.answering(chosen);
        model = Views.mountWindow(node, dir, files);
    }

    @AfterEach
    void unmount() throws Exception {
        FxToolkit.cleanupStages();
    }

    private String importFile(Path file) {
        chosen.set(file);
        clickOn("File").clickOn("Import chain…");
        return dialogText();
    }

    private String dialogText() {
        Wait.until("a dialog", () -> lookup(".dialog-pane").tryQuery().isPresent());
        String text = lookup(".dialog-pane .content").queryLabeled().getText();
        clickOn("OK");
        return text;
    }

    @Test
    void importingAValidLongerChainAdoptsItAndSaysHowManyBlocks() throws Exception {
        Path file = dir.resolve("longer.json");
        ChainFiles.write(Chains.grow(node.chain, 3), file);

        assertEquals("Imported 4 blocks. 0 transactions of our dropped blocks went back to pending.", importFile(file));
        assertEquals(4, node.chain.length());
        interact(model::tick);
        assertEquals(
                "4 blocks", lookup("#chainLengthLabel").queryAs(Label.class).getText());
    }

    @Test
    void importingAnInvalidChainNamesTheBadBlockAndChangesNothing() throws Exception {
        Chain tampered = Chains.grow(node.chain, 3);
        Path file = dir.resolve("tampered.json");
        ChainFiles.write(tampered, file);
        Files.writeString(
                file,
                Files.readString(file)
                        .replaceFirst(
                                "\"proof\": 0, \"timestamp\": 1700000002.5",
                                "\"proof\": 7, \"timestamp\": 1700000002.5"));

        String shown = importFile(file);
        assertTrue(
                shown.startsWith(
                        "The chain in tampered.json is invalid, so nothing changed.\n\nblock 4: previous_hash does not match the hash of block 3"),
                shown);
        assertEquals(1, node.chain.length());
    }

    @Test
    void importingAChainNoLongerThanOursChangesNothingAndSaysWhy() throws Exception {
        node.chain = Chains.grow(node.chain, 2);
        Path file = dir.resolve("short.json");
        ChainFiles.write(Chains.grow(Chain.startingAt(new DvfRules(4), 1.5), 1), file);

        assertEquals("The chain in short.json has 2 blocks, not more than ours, so nothing changed.", importFile(file));
        assertEquals(3, node.chain.length());
    }

    @Test
    void exportWritesTheChainInTheChainFormat() throws Exception {
        node.chain = Chains.grow(node.chain, 1);
        Path file = dir.resolve("export.json");
        chosen.set(file);
        clickOn("File").clickOn("Export chain…");

        assertEquals("Exported 2 blocks to " + file, dialogText());
        assertTrue(Files.readString(file).endsWith("], \"length\": 2}"));
    }

    @Test
    void aFailureIsShownUnderTheToolbarUntilDismissed() {
        assertFalse(lookup("#noticeBar").query().isVisible());
        node.failWith = new StoreException("could not store block 2: the disk is full");
        clickOn("#mineButton");

        Wait.until("the notice", () -> lookup("#noticeBar").query().isVisible());
        assertEquals(
                "Mine: could not store block 2: the disk is full",
                lookup("#noticeLabel").queryAs(Label.class).getText());
        clickOn("#dismissNoticeButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lookup("#noticeBar").query().isVisible());
    }

    /** What a labeled control really shows: its text as laid out, elided when it does not fit. */
    private static String shown(Node labeled) {
        return ((Text) labeled.lookup(".text")).getText();
    }

    @Test
    void theStatusBarShowsTheDialectTheNodeSpeaks() {
        Label dialect = lookup("#dialectLabel").queryAs(Label.class);
        assertTrue(dialect.isVisible());
        assertEquals("dvf", dialect.getText());
        assertEquals("dvf", shown(dialect), "not elided");
        assertEquals(
                "This node speaks dvf: " + node.rules().tutorial(),
                dialect.getTooltip().getText());
    }

    @Test
    void aPeerOfAnotherDialectShowsItsDialectAndWhyItsChainIsRejected() throws Exception {
        node.peers.add(new PeerStatus(
                PeerAddress.parse("127.0.0.1:5001"),
                true,
                9,
                "ab".repeat(32),
                Duration.ofMillis(12),
                Instant.parse("2026-11-22T10:15:00Z"),
                "speaks dvf-early; this node speaks dvf",
                "dvf-early",
                null,
                null,
                PeerOrigin.ADDED_BY_US));
        node.fire(l -> l.peersChanged(node.peers()));
        interact(
                () -> lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(2));
        interact(model::tick);

        TableCell<?, ?> dialect = cell("peerDialectColumn");
        assertEquals("dvf-early", dialect.getText());
        assertEquals("dvf-early", shown(dialect), "the column is wide enough");
        assertTrue(
                dialect.getPseudoClassStates().contains(PseudoClass.getPseudoClass("other-dialect")),
                "marked as not ours");
        TableCell<?, ?> error = cell("errorColumn");
        assertEquals("speaks dvf-early; this node speaks dvf", error.getText());
        assertEquals("speaks dvf-early; this node speaks dvf", shown(error), "the reason fits its column");
        assertEquals(
                "speaks dvf-early; this node speaks dvf", error.getTooltip().getText());
        assertEquals("online", cell("statusColumn").getText());
        assertEquals("added by us", shown(cell("peerOriginColumn")), "its origin fits its column");
        assertEquals(
                cell("lastSyncColumn").getText(),
                shown(cell("lastSyncColumn")),
                "and so does the time of the last sync");
        assertEquals(
                "No peer speaks dvf",
                lookup("#syncStateLabel").queryAs(Label.class).getText(),
                "not behind a chain we cannot take");
    }

    /** The first row's cell of the Peers table's column {@code columnId}. */
    private TableCell<?, ?> cell(String columnId) {
        return lookup("#peersTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId())
                        && c.getIndex() == 0)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cell in " + columnId));
    }

    @Test
    void aboutNamesTheDialectAndEveryDialectBlockdeskSpeaks() {
        clickOn("Help").clickOn("About Blockdesk");
        String about = dialogText();
        assertTrue(about.contains("This node speaks dvf: " + node.rules().tutorial() + "."), about);
        for (String id : Dialects.IDS) {
            assertTrue(about.contains("  • " + id + ": "), id + " in " + about);
        }
    }

    @Test
    void aboutSaysTheVersionJavaJavaFxDataDirectoryAndLogFile() {
        clickOn("Help").clickOn("About Blockdesk");
        Wait.until("a dialog", () -> lookup(".dialog-pane").tryQuery().isPresent());
        assertEquals(
                "Blockdesk " + System.getProperty("blockdesk.pom.version"),
                lookup(".dialog-pane .header-panel .label").queryLabeled().getText());
        String about = dialogText();
        assertTrue(about.contains("\nVersion " + System.getProperty("blockdesk.pom.version") + "\n"), about);
        assertTrue(
                about.contains("\nJava " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
                        + ")\n"),
                about);
        assertTrue(about.contains("\nJavaFX " + System.getProperty("javafx.runtime.version") + "\n"), about);
        assertTrue(System.getProperty("javafx.runtime.version").startsWith("21"), "the toolkit is JavaFX 21");
        assertTrue(about.endsWith("\nData " + dir + "\nLog " + dir.resolve("blockdesk.log.0")), about);
    }

    @Test
    void helpShowLogFileShowsTheEndOfTheLogInTheWindow() throws Exception {
        Files.writeString(
                dir.resolve("blockdesk.log.0"), "2026-11-22 10:00:00 INFO dev.blockdesk.node.Node: node listening\n");
        clickOn("Help").clickOn("Show log file");
        Wait.until("the log window", () -> lookup("#logArea").tryQuery().isPresent());
        assertEquals(
                "2026-11-22 10:00:00 INFO dev.blockdesk.node.Node: node listening\n",
                lookup("#logArea").queryAs(javafx.scene.control.TextArea.class).getText());
        clickOn("Close");
    }
}
