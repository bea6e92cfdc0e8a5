package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.app.ChainFiles;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.testing.Chains;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.FakeNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Import chain and Export chain, on their own against a fake node. */
class ChainFilesViewModelTest {

    @TempDir
    Path dir;

    private final FakeNode node = new FakeNode();
    private final List<ChainFilesViewModel.Report> reports = new ArrayList<>();
    private final ChainFilesViewModel model = new ChainFilesViewModel(() -> node,
            new Background(Runnable::run, Runnable::run, message -> reports.add(new ChainFilesViewModel.Report(null, "notice", message))));

    @Test
    void aValidLongerChainIsImported() throws Exception {
        Path file = dir.resolve("longer.json");
        ChainFiles.write(Chains.grow(node.chain, 2), file);
        model.importFrom(file, reports::add);
        assertEquals(List.of(new ChainFilesViewModel.Report(ChainFilesViewModel.Severity.INFORMATION, "Import chain",
                "Imported 3 blocks. 0 transactions of our dropped blocks went back to pending.")), reports);
        assertEquals(3, node.chain.length());
    }

    @Test
    void anInvalidChainIsRefusedWithItsReason() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "[{\"index\": 1, \"timestamp\": 1.5, "
                + "\"transactions\": [], \"proof\": 101, \"previous_hash\": \"1\"}]");
        model.importFrom(file, reports::add);
        assertEquals(ChainFilesViewModel.Severity.ERROR, reports.get(0).severity());
        assertEquals("The chain in bad.json is invalid, so nothing changed.\n\nblock 1: genesis proof must be 100, found 101",
                reports.get(0).message());
        assertEquals(1, node.chain.length());
    }

    @Test
    void aChainNoLongerThanOursChangesNothing() throws Exception {
        node.chain = Chains.grow(node.chain, 3);
        Path file = dir.resolve("short.json");
        ChainFiles.write(Chains.grow(Chain.startingAt(new DvfRules(4), 1.5), 1), file);
        model.importFrom(file, reports::add);
        assertEquals(new ChainFilesViewModel.Report(ChainFilesViewModel.Severity.WARNING, "Import chain",
                "The chain in short.json has 2 blocks, not more than ours, so nothing changed."), reports.get(0));
    }

    @Test
    void exportWritesTheChainAndAFailureSaysWhy() throws Exception {
        Path file = dir.resolve("out.json");
        model.exportTo(file, reports::add);
        assertEquals("Exported 1 block to " + file, reports.get(0).message());
        assertTrue(Files.readString(file).startsWith("{\"chain\": ["));

        Path nowhere = dir.resolve("missing").resolve("out.json");
        model.exportTo(nowhere, reports::add);
        assertEquals(ChainFilesViewModel.Severity.ERROR, reports.get(1).severity());
        assertTrue(reports.get(1).message().startsWith("Could not write " + nowhere + ": "), reports.get(1).message());
    }
}
