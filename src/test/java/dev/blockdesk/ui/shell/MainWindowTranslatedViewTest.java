package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Miner;
import dev.blockdesk.chain.MiningJob;
import dev.blockdesk.chain.PowPuzzle;
import dev.blockdesk.chain.ProofOfWork;
import dev.blockdesk.node.PeerAddress;
import dev.blockdesk.node.PeerOrigin;
import dev.blockdesk.node.PeerStatus;
import dev.blockdesk.store.StoreException;
import dev.blockdesk.testing.Wait;
import dev.blockdesk.ui.FakeNode;
import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import dev.blockdesk.ui.i18n.SceneTexts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's frame in Korean and in Chinese: the menus, the toolbar, the notice bar, the status
 * bar, the welcome panel and the tab titles say nothing in English (the tabs' own views have tests
 * of their own), as a new window, while mining, with a peer and with a failure shown; and View →
 * Language names each language in itself and remembers the one chosen.
 */
class MainWindowTranslatedViewTest extends FxRobot {

    @TempDir
    Path dir;

    private final FakeNode node = new FakeNode();
    private final Map<String, String> saved = new ConcurrentHashMap<>();
    private MainViewModel model;

    @AfterEach
    void english() throws Exception {
        FxToolkit.cleanupStages();
        Messages.use(Language.ENGLISH);
    }

    /** The whole window in {@code language}, as the application builds it after reading --language or the setting. */
    private void mountIn(Language language) throws Exception {
        Messages.use(language);
        FxToolkit.registerPrimaryStage();
        model = WaitForAsyncUtils.asyncFx(() -> {
                    MainViewModel attached = new MainViewModel(
                            "a".repeat(32), Runnable::run, Platform::runLater, Clock.systemUTC(), (k, v) -> {});
                    attached.attach(node);
                    return attached;
                })
                .get(10, TimeUnit.SECONDS);
        DesktopContext context = new DesktopContext(
                dir,
                dir.resolve("blockdesk.log.0"),
                saved::put,
                uri -> {},
                dark -> {},
                false,
                Views.NO_FILES,
                new Zoom(Zoom.ACTUAL_SIZE, percent -> {}));
        Views.mount("main.fxml", model, context);
    }

    @Test
    void theKoreanWindowSaysEverythingInKorean() throws Exception {
        mountIn(Language.KOREAN);
        assertAllTranslated("a new window");
        assertEquals(List.of("파일(_F)", "노드(_N)", "보기(_V)", "이동(_G)", "도구(_T)", "도움말(_H)"), menus());
        assertEquals(List.of("블록", "대기 중", "피어", "계정"), tabTitles());
        assertEquals("채굴", text("#mineButton"));
        assertEquals("쉬고 있습니다. 채굴을 눌러 다음 블록을 만들어 보세요.", text("#miningStatusLabel"));
        assertEquals("혼자: 피어 없음", text("#syncStateLabel"));
        assertEquals("피어 0개 중 0개 온라인", text("#peersOnlineLabel"));
        assertEquals("대기 중 0건", text("#pendingCountLabel"));
        assertEquals(
                "Blockdesk에 오신 것을 환영합니다",
                lookup(".welcome-title").queryLabeled().getText());
        if (javafx.scene.text.Font.getFamilies()
                .contains("Noto Sans CJK KR")) { // as on Debian with fonts-noto-cjk: not boxes
            assertEquals(
                    "Noto Sans CJK KR",
                    lookup(".welcome-title").queryLabeled().getFont().getFamily());
            assertEquals(
                    "Noto Sans Mono CJK KR",
                    lookup("#nodeIdLabel").queryLabeled().getFont().getFamily());
        }
        assertEquals(
                "이 노드는 dvf 방언을 씁니다: dvf/blockchain, 대표적인 튜토리얼(시드 003의 최종 코드)",
                tooltip("#dialectLabel"),
                "the tutorial's description, translated by the chain's rules");

        mining();
        assertAllTranslated("while mining");
        assertEquals("취소", text("#mineButton"));
        assertTrue(text("#miningStatusLabel").startsWith("블록 2 슬로 모션으로 채굴 중: 예상 약 "), text("#miningStatusLabel"));

        inSyncWithAPeer();
        assertAllTranslated("with a peer");
        assertEquals("피어 1개와 동기화됨", text("#syncStateLabel"));
        assertEquals("피어 1개 중 1개 온라인", text("#peersOnlineLabel"));

        aFailure();
        assertEquals(
                "채굴: could not store block 2: the disk is full",
                text("#noticeLabel"),
                "the store's reason is shown as it comes");
        assertEquals(
                List.of("닫기", "알림 닫기"), texts(lookup("#dismissNoticeButton").query()));
    }

    @Test
    void theChineseWindowSaysEverythingInChinese() throws Exception {
        mountIn(Language.SIMPLIFIED_CHINESE);
        assertAllTranslated("a new window");
        assertEquals(List.of("文件(_F)", "节点(_N)", "视图(_V)", "转到(_G)", "工具(_T)", "帮助(_H)"), menus());
        assertEquals(List.of("区块", "待处理", "对等节点", "账户"), tabTitles());
        assertEquals("挖矿", text("#mineButton"));
        assertEquals("空闲。点“挖矿”来产生下一个区块。", text("#miningStatusLabel"));
        assertEquals("孤立：没有对等节点", text("#syncStateLabel"));
        assertEquals("1 个区块", text("#chainLengthLabel"));
        assertEquals("欢迎使用 Blockdesk", lookup(".welcome-title").queryLabeled().getText());

        mining();
        assertAllTranslated("while mining");
        assertEquals("取消", text("#mineButton"));
        assertTrue(text("#miningStatusLabel").startsWith("正在以慢动作挖区块 2：已尝试 "), text("#miningStatusLabel"));

        inSyncWithAPeer();
        assertAllTranslated("with a peer");
        assertEquals("已与 1 个对等节点同步", text("#syncStateLabel"));
        assertEquals("1/1 个对等节点在线", text("#peersOnlineLabel"));

        aFailure();
        assertEquals("挖矿：could not store block 2: the disk is full", text("#noticeLabel"));
        assertEquals(
                List.of("关闭", "关闭此通知"), texts(lookup("#dismissNoticeButton").query()));
    }

    @Test
    void viewLanguageNamesEachLanguageInItselfAndRemembersTheChoice() throws Exception {
        mountIn(Language.SIMPLIFIED_CHINESE);
        Menu language = languageMenu();
        assertEquals("语言(_L)", language.getText());
        List<String> names = language.getItems().stream().map(MenuItem::getText).toList();
        assertEquals(List.of("English", "简体中文", "한국어"), names.subList(1, 4));
        assertTrue(names.get(0).startsWith("系统语言"), names.get(0));

        MenuItem korean = language.getItems().get(3);
        interact(korean::fire);
        assertEquals("ko", saved.get(Language.SETTING));
        Wait.until("the note", () -> lookup(".dialog-pane").tryQuery().isPresent());
        assertEquals(
                "Blockdesk를 다음에 시작할 때 한국어(으)로 표시합니다.",
                lookup(".dialog-pane .content").queryLabeled().getText(),
                "said in the language chosen, so whoever chose it can read it");
        assertEquals(
                "확인",
                lookup(".dialog-pane .button").queryButton().getText(),
                "its button too, whatever the window speaks");
        interact(() -> lookup(".dialog-pane").query().getScene().getWindow().hide());

        interact(language.getItems().get(1)::fire);
        assertEquals("en", saved.get(Language.SETTING));
    }

    /** A job under way in slow motion, as the toolbar shows it on the next tick. */
    private void mining() {
        Miner miner = new Miner(1);
        miner.setRateLimit(2000);
        MiningJob job = miner.mine(new PowPuzzle("100", "abc", 2, new ProofOfWork(64)));
        node.job = job;
        Wait.until("some tries", Wait.HANG, () -> job.tries() > 0);
        interact(model::tick);
        job.cancel();
        miner.close();
        node.job = null;
    }

    private void inSyncWithAPeer() throws Exception {
        node.peers.add(new PeerStatus(
                PeerAddress.parse("127.0.0.1:5002"),
                true,
                1,
                node.chain.tip().hash(),
                Duration.ofMillis(8),
                Instant.parse("2026-11-22T10:15:00Z"),
                null,
                "dvf",
                new PeerStatus.Shared(node.chain.tip().index(), node.chain.tip().hash()),
                null,
                PeerOrigin.ADDED_BY_US));
        interact(model::tick);
    }

    private void aFailure() {
        node.failWith = new StoreException("could not store block 2: the disk is full");
        clickOn("#mineButton");
        Wait.until("the notice", () -> lookup("#noticeBar").query().isVisible());
    }

    /** Nothing of the frame in English: menus, toolbar, status bar, welcome panel, tab titles, the banners' own controls. */
    private void assertAllTranslated(String state) throws Exception {
        List<String> texts = WaitForAsyncUtils.asyncFx(this::frameTexts).get(10, TimeUnit.SECONDS);
        assertTrue(texts.size() > 60, state + ": " + texts);
        assertEquals(List.of(), SceneTexts.untranslated(texts), state);
    }

    private List<String> frameTexts() {
        List<String> texts = new ArrayList<>();
        texts.addAll(SceneTexts.of(lookup("#menuBar").query()));
        texts.addAll(SceneTexts.of(lookup(".main-toolbar").query()));
        texts.addAll(SceneTexts.of(lookup("#welcomePanel").query()));
        texts.addAll(tabTitles());
        List<String> statusBar = SceneTexts.of(lookup(".status-bar").query());
        String dialect = tooltip("#dialectLabel");
        assertTrue(statusBar.remove(dialect), "the dialect's tooltip is checked on its own: " + statusBar);
        texts.addAll(statusBar);
        // the banners' controls of their own, shown with a notice or a reorganisation (their messages are checked
        // apart)
        for (String id : List.of("#dismissNoticeButton", "#reorgDetailsToggle", "#dismissReorgButton")) {
            texts.addAll(texts(lookup(id).query()));
        }
        return texts;
    }

    /** A control's text, accessible text and tooltip, shown or not. */
    private static List<String> texts(Node node) {
        List<String> texts = new ArrayList<>();
        texts.add(((Labeled) node).getText());
        texts.add(node.getAccessibleText());
        Tooltip tip = ((Control) node).getTooltip();
        if (tip != null) {
            texts.add(tip.getText());
        }
        return texts;
    }

    private List<String> menus() {
        return lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .map(Menu::getText)
                .toList();
    }

    private Menu languageMenu() {
        return lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(2).getItems().stream()
                .filter(item -> "languageMenu".equals(item.getId()))
                .map(Menu.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private List<String> tabTitles() {
        return lookup("#tabs").queryAs(TabPane.class).getTabs().stream()
                .map(Tab::getText)
                .toList();
    }

    private String text(String id) {
        return lookup(id).queryLabeled().getText();
    }

    private String tooltip(String id) {
        return ((Control) lookup(id).query()).getTooltip().getText();
    }
}
