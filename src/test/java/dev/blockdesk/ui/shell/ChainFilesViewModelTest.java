package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.app.ChainFiles;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.testing.Chains;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.FakeNode;
import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Import chain and Export chain, on their own against a fake node. */
class ChainFilesViewModelTest {

    @TempDir
    Path dir;

    private final FakeNode node = new FakeNode();
    private final List<ChainFilesViewModel.Report> reports = new ArrayList<>();
    private final ChainFilesViewModel model = new ChainFilesViewModel(
            () -> node,
            new Background(
                    Runnable::run,
                    Runnable::run,
                    message -> reports.add(new ChainFilesViewModel.Report(null, "notice", message))));

    @Test
    void aValidLongerChainIsImported() throws Exception {
        Path file = dir.resolve("longer.json");
        ChainFiles.write(Chains.grow(node.chain, 2), file);
        model.importFrom(file, reports::add);
        assertEquals(
                List.of(new ChainFilesViewModel.Report(
                        ChainFilesViewModel.Severity.INFORMATION,
                        "Import chain",
                        "Imported 3 blocks. 0 transactions of our dropped blocks went back to pending.")),
                reports);
        assertEquals(3, node.chain.length());
    }

    @Test
    void anInvalidChainIsRefusedWithItsReason() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(
                file,
                "[{\"index\": 1, \"timestamp\": 1.5, "
                        + "\"transactions\": [], \"proof\": 101, \"previous_hash\": \"1\"}]");
        model.importFrom(file, reports::add);
        assertEquals(ChainFilesViewModel.Severity.ERROR, reports.get(0).severity());
        assertEquals(
                "The chain in bad.json is invalid, so nothing changed.\n\nblock 1: genesis proof must be 100, found 101",
                reports.get(0).message());
        assertEquals(1, node.chain.length());
    }

    @Test
    void aChainNoLongerThanOursChangesNothing() throws Exception {
        node.chain = Chains.grow(node.chain, 3);
        Path file = dir.resolve("short.json");
        ChainFiles.write(Chains.grow(Chain.startingAt(new DvfRules(4), 1.5), 1), file);
        model.importFrom(file, reports::add);
        assertEquals(
                new ChainFilesViewModel.Report(
                        ChainFilesViewModel.Severity.WARNING,
                        "Import chain",
                        "The chain in short.json has 2 blocks, not more than ours, so nothing changed."),
                reports.get(0));
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
        assertTrue(
                reports.get(1).message().startsWith("Could not write " + nowhere + ": "),
                reports.get(1).message());
    }

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    void koreanReportsEveryOutcome() throws Exception {
        Messages.use(Language.KOREAN);
        Path longer = dir.resolve("longer.json");
        ChainFiles.write(Chains.grow(node.chain, 2), longer);
        model.importFrom(longer, reports::add);
        assertEquals(
                new ChainFilesViewModel.Report(
                        ChainFilesViewModel.Severity.INFORMATION,
                        "체인 가져오기",
                        "블록 3개를 가져왔습니다. 버려진 우리 블록의 거래 0건이 대기 중으로 돌아갔습니다."),
                reports.get(0));

        Path same = dir.resolve("same.json");
        ChainFiles.write(node.chain, same);
        model.importFrom(same, reports::add);
        assertEquals(
                "same.json의 체인은 블록 3개로 우리 체인보다 길지 않아 아무것도 바뀌지 않았습니다.",
                reports.get(1).message());

        Path bad = dir.resolve("bad.json");
        Files.writeString(
                bad,
                "[{\"index\": 1, \"timestamp\": 1.5, \"transactions\": [], \"proof\": 101, \"previous_hash\": \"1\"}]");
        model.importFrom(bad, reports::add);
        assertEquals(
                "bad.json의 체인이 유효하지 않아 아무것도 바뀌지 않았습니다.\n\n블록 1: 제네시스 블록의 proof는 100이어야 하지만 101입니다",
                reports.get(2).message(),
                "the chain's reason, in Korean too");

        Path missing = dir.resolve("missing.json");
        model.importFrom(missing, reports::add);
        assertTrue(
                reports.get(3).message().startsWith("missing.json을(를) 가져올 수 없어 아무것도 바뀌지 않았습니다: "),
                reports.get(3).message());
        assertEquals(ChainFilesViewModel.Severity.ERROR, reports.get(3).severity());
    }

    @Test
    void koreanExportsAndTheirFailures() {
        Messages.use(Language.KOREAN);
        Path file = dir.resolve("out.json");
        model.exportTo(file, reports::add);
        assertEquals(
                new ChainFilesViewModel.Report(
                        ChainFilesViewModel.Severity.INFORMATION, "체인 내보내기", "블록 1개를 " + file + "에 내보냈습니다"),
                reports.get(0));
        Path orphans = dir.resolve("orphans.json");
        model.exportOrphansTo(orphans, reports::add);
        assertEquals(
                new ChainFilesViewModel.Report(
                        ChainFilesViewModel.Severity.INFORMATION,
                        "고아 블록 내보내기",
                        "고아가 된 우리 블록이 없어서 " + orphans + "에는 빈 목록이 들어 있습니다."),
                reports.get(1));
        Path nowhere = dir.resolve("missing").resolve("out.json");
        model.exportTo(nowhere, reports::add);
        assertTrue(
                reports.get(2).message().startsWith(nowhere + "에 쓸 수 없습니다: "),
                reports.get(2).message());
    }

    @Test
    void aFailureNoHandlerTookIsANoticeInTheLanguageInUse() {
        Messages.use(Language.SIMPLIFIED_CHINESE);
        List<String> notices = new ArrayList<>();
        new Background(Runnable::run, Runnable::run, notices::add).run("挖矿", () -> {
            throw new java.io.IOException("the disk is full");
        });
        assertEquals(List.of("挖矿：the disk is full"), notices);
    }
}
