package dev.blockdesk.ui.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.ValidationResult;
import dev.blockdesk.chain.lab.SandboxChain;
import dev.blockdesk.chain.lab.SandboxChain.TxField;
import dev.blockdesk.chain.lab.SandboxFile;
import dev.blockdesk.testing.LabChains;
import dev.blockdesk.testing.Wait;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.FakeNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox as a learner uses it, over a fake node with synchronous executors: what it says and what it changes. */
class SandboxViewModelTest {

    @TempDir
    Path dir;

    private final ChainRules rules = LabChains.rules("dvf");
    private final FakeNode node = new FakeNode(rules);
    private final List<String> notices = new CopyOnWriteArrayList<>();
    private final SandboxViewModel model =
            new SandboxViewModel(() -> node, new Background(Runnable::run, Runnable::run, notices::add), Runnable::run);

    SandboxViewModelTest() {
        node.chain = LabChains.mined(rules, 8);
    }

    @AfterEach
    void close() {
        model.close();
    }

    @Test
    void opensACopyOfOurChainWithTheBlockSelected() {
        model.openOurChain(node.chain.block(4));
        assertEquals(8, model.rows().size());
        assertEquals(3, model.selectedProperty().get());
        assertEquals(
                "All 8 blocks are valid under dvf's rules.",
                model.verdictProperty().get());
        assertTrue(
                model.sourceProperty().get().startsWith("A copy of our chain (dvf, "),
                model.sourceProperty().get());
        assertTrue(
                model.explanationProperty().get().contains("Why block N+1 turns red, not block N"),
                model.explanationProperty().get());
    }

    @Test
    void anEditRepaintsOnlyTheBlocksItChangesAndSaysWhyTheNextBlockBreaks() {
        model.openOurChain(null);
        int[] before = revisions();

        model.editTransaction(3, 0, TxField.AMOUNT, "500");

        int[] after = revisions();
        for (int i = 0; i < 8; i++) {
            assertEquals(i >= 3, after[i] > before[i], "block at " + i + " repainted: " + (after[i] > before[i]));
        }
        assertEquals(
                "Block 5 is the first invalid block: previous_hash does not match the hash of block 4. It and the 3 blocks after it"
                        + " are red; every block before it is green.",
                model.verdictProperty().get());
        assertTrue(
                model.explanationProperty().get().startsWith("Why block 5 turns red, not block 4"),
                model.explanationProperty().get());
        assertFalse(node.chain.holds(model.chain().block(3)), "the node's chain is untouched");

        before = revisions();
        model.editTransaction(3, 0, TxField.AMOUNT, "5000");
        after = revisions();
        for (int i = 0; i < 8; i++) {
            assertEquals(
                    i == 3 || i == 4,
                    after[i] > before[i],
                    "a second edit repaints the edited block and the next: " + i);
        }
    }

    @Test
    void mineRepairsTheSelectedBlockAndRelinkFromHereRepairsTheRest() throws Exception {
        model.openOurChain(null);
        model.editTransaction(3, 0, TxField.AMOUNT, "500");
        model.selectedProperty().set(4);

        model.mineSelected().get(20, TimeUnit.SECONDS);

        assertTrue(model.chain().isValid(4));
        assertTrue(
                model.reportProperty().get().startsWith("Block 5 re-linked and mined: "),
                model.reportProperty().get());
        assertTrue(
                model.reportProperty()
                        .get()
                        .endsWith("Block 6 now fails: previous_hash does not match the hash of block 5."),
                model.reportProperty().get());
        assertFalse(model.miningProperty().get());

        model.selectedProperty().set(5);
        model.mineFromSelected().get(20, TimeUnit.SECONDS);

        assertTrue(model.chain().isValid());
        assertTrue(
                model.reportProperty()
                        .get()
                        .matches(
                                "Rewriting 3 blocks took [0-9,]+ tries in [0-9.]+ s\\. The network meanwhile mined 0 blocks .*"),
                model.reportProperty().get());
        assertEquals(
                "All 8 blocks are valid under dvf's rules.",
                model.verdictProperty().get());

        model.reset();
        assertEquals(
                "Reset: every block is as it was opened.",
                model.reportProperty().get());
        assertEquals(node.chain.block(4).hash(), model.chain().hash(3));
    }

    @Test
    void theGenesisBlockHasNothingToMine() throws Exception {
        model.openOurChain(null);
        model.selectedProperty().set(0);
        model.mineSelected().get(20, TimeUnit.SECONDS);
        assertEquals(
                "The genesis block has no block before it and no proof to find: select a later block.",
                model.reportProperty().get());
    }

    @Test
    void cancelStopsMiningAndEditsWaitUntilItHasStopped() throws Exception {
        ChainRules hard = Dialects.rules("dvf", 12);
        model.show(
                SandboxChain.of(
                        hard, node.chain.blocks().stream().map(b -> b.toJson()).toList()),
                "a hard chain",
                2);
        var done = model.mineSelected();
        assertTrue(model.miningProperty().get());
        Wait.until("the progress line", Wait.HANG, () -> {
            model.tick();
            return model.progressProperty().get().startsWith("Mining block 3 (1 of 1): ");
        });
        model.editTransaction(2, 0, TxField.AMOUNT, "77");
        assertEquals(
                "3",
                model.chain().transactionField(2, 0, TxField.AMOUNT).toString(),
                "no edit while the miner rewrites the block");

        model.cancel();
        done.get(20, TimeUnit.SECONDS);

        assertFalse(model.miningProperty().get());
        assertTrue(
                model.reportProperty().get().startsWith("Cancelled after "),
                model.reportProperty().get());
    }

    @Test
    void anInvalidFileOpensWithItsFirstBadBlockSelectedAndExportIsRefusedElsewhere() throws Exception {
        SandboxChain tampered = SandboxChain.of(rules, node.chain);
        tampered.setTransactionText(2, 0, TxField.AMOUNT, "1000");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SandboxFile.write(tampered, bytes);
        Path file = Files.write(dir.resolve("tampered.json"), bytes.toByteArray());

        model.openFile(file);

        assertEquals(3, model.chain().firstInvalid());
        assertEquals(3, model.selectedProperty().get(), "the first bad block is selected");
        assertEquals(
                "The file tampered.json (invalid in every dialect; checked under dvf, the one it fits best), opened read-only to the node:"
                        + " nothing you do here reaches it.",
                model.sourceProperty().get());

        Path exported = dir.resolve("out.json");
        model.exportTo(exported);
        assertEquals(
                "Exported 8 blocks to " + exported
                        + ". It is invalid at block 4, so an import anywhere is refused with that reason.",
                model.reportProperty().get());
        try (InputStream in = Files.newInputStream(exported)) {
            ValidationResult verdict = new ChainValidator(rules).validate(in);
            assertEquals("block 4: previous_hash does not match the hash of block 3", verdict.describe());
        }
    }

    @Test
    void aFileThatIsNotAChainSaysWhy() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "hello");
        model.openFile(file);
        assertEquals("Could not open notes.txt", model.sourceProperty().get());
        assertTrue(
                model.reportProperty().get().startsWith("this is not a JSON file (malformed JSON at line 1"),
                model.reportProperty().get());
        assertEquals(0, model.rows().size());
        assertFalse(model.loadedProperty().get());
    }

    private int[] revisions() {
        return model.rows().stream()
                .mapToInt(row -> row.revisionProperty().get())
                .toArray();
    }
}
