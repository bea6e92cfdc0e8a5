package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.app.ChainFiles;
import dev.blockdesk.testing.Chains;
import dev.blockdesk.testing.Wait;
import dev.blockdesk.ui.FakeNode;
import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import dev.blockdesk.ui.i18n.SceneTexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's dialogs in Korean and in Chinese: About, API endpoints, the log viewer, a node that
 * cannot start and an import's result, each opened over the window as the menus open them, with
 * no English left but what the protocol, the runtime or another layer says (a store's reason, the
 * Java vendor, the build's version).
 */
class TranslatedDialogsViewTest extends FxRobot {

    @TempDir
    Path dir;

    private final FakeNode node = new FakeNode();
    private final AtomicReference<Path> chosen = new AtomicReference<>();
    private final Locale systemLocale = Locale.getDefault();
    private MainViewModel model;

    /** The window in {@code language}, and JavaFX's own texts (OK, Close) with it, as the application sets them. */
    private void mountIn(Language language) throws Exception {
        Messages.use(language);
        Locale.setDefault(language.locale());
        model = Views.mountWindow(node, dir, Views.answering(chosen));
    }

    @AfterEach
    void english() throws Exception {
        FxToolkit.cleanupStages();
        Messages.use(Language.ENGLISH);
        Locale.setDefault(systemLocale);
    }

    @ParameterizedTest
    @EnumSource(names = {"KOREAN", "SIMPLIFIED_CHINESE"})
    void about(Language language) throws Exception {
        mountIn(language);
        AboutFacts facts = AboutFacts.ofThisRuntime();
        interact(() -> HelpDialogs.about(
                window(), facts.version(), model.dialect().about(facts, dir, dir.resolve("blockdesk.log.0"))));

        DialogPane about = dialog();
        assertNothingEnglish(about, facts.version(), facts.javaVendor());
        String text = about.getContentText();
        if (language == Language.KOREAN) {
            assertEquals("Blockdesk 정보", title(about));
            assertTrue(
                    text.contains("\n이 노드는 dvf 방언을 사용합니다: dvf/blockchain, 대표적인 튜토리얼(시드 003의 최종 코드).\n"
                            + "증명 규칙: 모든 증명은 앞자리 0이 " + node.rules().proof().difficulty() + "개입니다.\n"),
                    text);
            assertTrue(text.contains("\n  • pyscoop: pyscoop의 「Python으로 간단한 블록체인 만들기」(시드 001)\n"), text);
            assertTrue(text.endsWith("\n데이터 폴더 " + dir + "\n로그 " + dir.resolve("blockdesk.log.0")), text);
        } else {
            assertEquals("关于 Blockdesk", title(about));
            assertTrue(text.contains("\n版本 " + facts.version() + "\n"), text);
            assertTrue(text.contains("\nBlockdesk 支持 4 种方言：\n  • dvf：dvf/blockchain，经典教程（种子 003 的最终代码）（本节点）\n"), text);
        }
        assertEquals("Blockdesk " + facts.version(), about.getHeaderText());
    }

    @ParameterizedTest
    @EnumSource(names = {"KOREAN", "SIMPLIFIED_CHINESE"})
    void apiEndpoints(Language language) throws Exception {
        mountIn(language);
        interact(() -> HelpDialogs.api(window(), node.url(), "a".repeat(32)));

        DialogPane api = dialog();
        assertNothingEnglish(api);
        String text = ((TextArea) api.getContent()).getText();
        String described = text.substring(0, text.indexOf("\ncurl ")); // the curl lines are commands to paste
        assertEquals(List.of(), SceneTexts.untranslated(Arrays.asList(described.split("\n"))), described);
        assertTrue(text.contains("\ncurl " + node.url() + "/nodes/resolve\n"), "the commands stay: " + text);
        if (language == Language.KOREAN) {
            assertEquals("API 엔드포인트", title(api));
            assertTrue(text.contains("\nGET  /chain                 전체 체인\n"), text);
        } else {
            assertEquals("API 端点", title(api));
            assertEquals("API 端点和 curl 示例", api.getHeaderText());
            assertTrue(text.contains("\nGET  /transactions/pending  待处理交易\n"), text);
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"KOREAN", "SIMPLIFIED_CHINESE"})
    void logViewer(Language language) throws Exception {
        mountIn(language);
        Path log = dir.resolve("blockdesk.log.0");
        Files.writeString(log, "2026-11-22 10:00:00 INFO dev.blockdesk.node.Node: node listening\n");
        String tail = LogViewer.tail(log);
        Platform.runLater(() -> LogViewer.show(window(), log, tail, () -> {})); // shows and waits

        DialogPane viewer = dialog();
        assertNothingEnglish(viewer);
        assertEquals(log.toString(), viewer.getHeaderText());
        if (language == Language.KOREAN) {
            assertEquals("로그 파일", title(viewer));
            assertTrue(
                    SceneTexts.of(viewer).contains("데스크톱 프로그램으로 열기"),
                    SceneTexts.of(viewer).toString());
            assertEquals("(" + dir.resolve("none") + "에 아직 로그가 없습니다)", LogViewer.tail(dir.resolve("none")));
        } else {
            assertEquals("日志文件", title(viewer));
            assertTrue(texts(viewer).contains("用桌面程序打开"), texts(viewer).toString());
        }
        interact(() -> viewer.lookupButton(ButtonType.CLOSE).fireEvent(new javafx.event.ActionEvent()));
    }

    @ParameterizedTest
    @EnumSource(names = {"KOREAN", "SIMPLIFIED_CHINESE"})
    void aNodeThatCannotStart(Language language) throws Exception {
        mountIn(language);
        String reason = "the data directory /nowhere/blockdesk is not writable";
        Platform.runLater(() -> Dialogs.fatal(window(), Messages.tr("app.nodeCannotStart"), reason)); // shows and waits

        DialogPane fatal = dialog();
        assertNothingEnglish(fatal, reason);
        assertEquals(language == Language.KOREAN ? "Blockdesk가 노드를 시작할 수 없습니다" : "Blockdesk 无法启动它的节点", title(fatal));
        interact(() -> ((Stage) fatal.getScene().getWindow()).close());
    }

    @ParameterizedTest
    @EnumSource(names = {"KOREAN", "SIMPLIFIED_CHINESE"})
    void anImportsResult(Language language) throws Exception {
        mountIn(language);
        Path file = dir.resolve("longer.json");
        ChainFiles.write(Chains.grow(node.chain, 3), file);
        chosen.set(file);
        interact(() -> menuItem("importMenuItem").fire());

        DialogPane result = dialog();
        assertNothingEnglish(result);
        if (language == Language.KOREAN) {
            assertEquals("체인 가져오기", title(result));
            assertEquals("블록 4개를 가져왔습니다. 버려진 우리 블록의 거래 0건이 대기 중으로 돌아갔습니다.", result.getContentText());
            assertTrue(texts(result).contains("확인"), "JavaFX's own button speaks Korean too: " + texts(result));
        } else {
            assertEquals("导入链", title(result));
            assertEquals("已导入 4 个区块。我们被丢弃的区块中有 0 笔交易回到了待处理。", result.getContentText());
        }
    }

    /** What {@code pane} shows and its window's title hold no English word, once {@code allowed} (names, another layer's reason) are taken out. */
    private void assertNothingEnglish(DialogPane pane, String... allowed) throws Exception {
        List<String> texts = new ArrayList<>(texts(pane));
        texts.add(title(pane));
        List<String> without = new ArrayList<>();
        for (String text : texts) {
            for (String each : allowed) {
                text = text.replace(each, " ");
            }
            without.add(text);
        }
        assertEquals(List.of(), SceneTexts.untranslated(without), "English left in " + texts);
    }

    private List<String> texts(DialogPane pane) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> SceneTexts.of(pane)).get(10, TimeUnit.SECONDS);
    }

    private static String title(DialogPane pane) {
        return ((Stage) pane.getScene().getWindow()).getTitle();
    }

    private DialogPane dialog() throws Exception {
        Wait.until("a dialog", () -> shownDialog().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return shownDialog().orElseThrow();
    }

    private static Optional<DialogPane> shownDialog() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                        .filter(Window::isShowing)
                        .map(w -> w.getScene().getRoot())
                        .filter(DialogPane.class::isInstance)
                        .map(DialogPane.class::cast)
                        .findFirst())
                .get(10, TimeUnit.SECONDS);
    }

    private Window window() {
        return FxToolkit.toolkitContext().getRegisteredStage();
    }

    private MenuItem menuItem(String id) {
        return lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }
}
