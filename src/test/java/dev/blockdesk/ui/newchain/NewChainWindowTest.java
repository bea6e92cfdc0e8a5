package dev.blockdesk.ui.newchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import dev.blockdesk.ui.i18n.SceneTexts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DialogPane;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → New chain… as its window shows it, over a fake application (a dvf node of 42 blocks, 3
 * pending, 2 peers, 1 orphan, measuring 1 MH/s), every background call run at once: in Korean and
 * in Chinese with each dialect chosen, the estimate shown, a folder to fix, the reset's
 * confirmation and its outcome, no English word left; and, in English and translated, every
 * control named for a screen reader, every field labelled, the mnemonics distinct and reaching
 * their choice or field from the keyboard (a choice then taken with Space).
 */
class NewChainWindowTest extends FxRobot {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);

    private final NewChainViewModelTest.FakeStarter starter = new NewChainViewModelTest.FakeStarter();
    private NewChainViewModel model;
    private Stage window;

    @BeforeEach
    void stage() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
    }

    @AfterEach
    void backToEnglish() throws Exception {
        FxToolkit.cleanupStages();
        Messages.use(Language.ENGLISH);
    }

    /** Opens the window in {@code language}, as File → New chain… does. */
    private void open(Language language) throws Exception {
        Messages.use(language);
        window = WaitForAsyncUtils.asyncFx(() -> {
                    model = new NewChainViewModel(
                            starter, new Background(Runnable::run, Runnable::run, notice -> {}), CLOCK);
                    return NewChainDialog.show(null, model);
                })
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Parent root() {
        return window.getScene().getRoot();
    }

    private String text(String id) {
        return lookup(id).queryLabeled().getText();
    }

    /**
     * The window's texts with English words left. The tutorial's name under the dialect is the chain
     * layer's text ({@code tutorialText}), held to the bundle by the chain layer's tests: it keeps
     * words such as "seed" and a tutorial's English title, so it is checked apart ({@link #tutorialShown}).
     */
    private List<String> english() {
        String tutorial = text("#newChainTutorial");
        return SceneTexts.untranslated(
                SceneTexts.of(root()).stream().filter(t -> !t.equals(tutorial)).toList());
    }

    /** The tutorial's name shown is the chain layer's, in the window's language. */
    private void tutorialShown(String dialect, java.util.Locale language) {
        String expected =
                dev.blockdesk.chain.Dialects.rules(dialect, 0).tutorialText().in(language);
        assertEquals(expected, text("#newChainTutorial"));
        assertTrue(
                !expected.equals(dev.blockdesk.chain.Dialects.rules(dialect, 0).tutorial()), "translated: " + expected);
    }

    private void choose(String dialect) {
        interact(() -> lookup("#newChainDialect").<ComboBox<String>>query().setValue(dialect));
    }

    @Test
    void koreanEachDialectTheEstimateAndTheResetConfirmation() throws Exception {
        open(Language.KOREAN);
        assertEquals("새 체인", window.getTitle());
        assertEquals(List.of(), english());
        assertEquals(
                "방금 측정한 이 컴퓨터의 해시레이트(dvf에서 1.0 MH/s, 채굴 스레드 1개)로 계산한 블록당 예상 시간입니다." + " 실제로는 훨씬 짧거나 훨씬 길 수 있습니다.",
                text("#newChainRateNote"));
        tutorialShown("dvf", java.util.Locale.KOREAN);
        assertEquals(
                new NewChainViewModel.DifficultyChoice(4, "65,536회 시도", "≈ 66밀리초"),
                model.difficulties().get(3));
        assertEquals(
                new NewChainViewModel.DifficultyChoice(7, "268,435,456회 시도", "≈ 4.5분"),
                model.difficulties().get(6));
        assertEquals("피어 2개 유지(_K)", text("#newChainKeepPeers"));
        assertTrue(
                lookup("#newChainDifficulty-4").query().getStyleClass().contains("mono"),
                "the columns line up in the window's monospaced font, which has Hangul (WindowFont styles .mono)");
        assertEquals("초기화…", text("#newChainStartButton"));

        for (String dialect : List.of("dvf-early", "chain-study", "pyscoop")) {
            choose(dialect);
            assertEquals(List.of(), english(), dialect);
            tutorialShown(dialect, java.util.Locale.KOREAN);
        }
        assertTrue(text("#newChainRateNote").startsWith("pyscoop의 증명에는 난이도가 없고"), text("#newChainRateNote"));
        assertEquals(
                new NewChainViewModel.DifficultyChoice(NewChainViewModel.NO_DIFFICULTY, "7회 시도", "즉시: 난이도 없음"),
                model.difficulties().get(0));
        choose("chain-study");
        assertTrue(text("#newChainRateNote").contains("chain-study에서"), text("#newChainRateNote"));

        interact(() -> lookup("#newChainNewFolder").queryAs(RadioButton.class).setSelected(true));
        assertEquals("새 체인을 둘 폴더를 선택하세요. 새 폴더나 빈 폴더여야 합니다", text("#newChainFolderError"));
        assertEquals("만들고 열기", text("#newChainStartButton"));
        assertEquals(List.of(), english());
        interact(() -> lookup("#newChainFolder").queryTextInputControl().setText("class-chain"));
        assertEquals("폴더의 전체 경로를 입력하세요. 예: /home/teacher/class-chain", text("#newChainFolderError"));
        assertEquals(List.of(), english());

        interact(() -> lookup("#newChainResetHere").queryAs(RadioButton.class).setSelected(true));
        clickOn("#newChainStartButton");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane confirmation = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals(List.of(), SceneTexts.untranslated(SceneTexts.of(confirmation)));
        assertEquals("이 데이터 폴더를 초기화할까요?", confirmation.getHeaderText());
        String said = text("#newChainConfirmation");
        assertTrue(said.startsWith("이 노드의 체인(블록 42개, dvf)이 삭제됩니다."), said);
        assertTrue(said.contains("대기 중 거래 3건을 잃습니다."), said);
        assertTrue(said.contains("피어 2개를 유지합니다. 다음 동기화 때 더 긴 chain-study 체인을 가진 피어가"), said);
        assertTrue(said.endsWith("새 chain-study 제네시스 블록(난이도 4, 보상 100)으로 다시 시작합니다. 노드 ID와 창 설정은 유지됩니다."), said);
        assertEquals(
                java.util.Set.of("초기화", "취소"),
                SceneTexts.of(confirmation).stream()
                        .filter(t -> t.equals("초기화") || t.equals("취소"))
                        .collect(java.util.stream.Collectors.toSet()),
                "both buttons in Korean");

        clickOn("#newChainConfirmButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "완료했습니다. 기존 체인은 데이터 폴더의 chain-before-reset-2026-11-22T10-15-00.json에 있고,"
                        + " 이 노드는 이제 새 chain-study 체인을 실행합니다.",
                text("#newChainMessage"));
        assertEquals("닫기", text("#newChainCancelButton"));
        assertEquals(List.of(), english());
    }

    @Test
    void chineseEachDialectTheEstimateAndTheResetConfirmation() throws Exception {
        open(Language.SIMPLIFIED_CHINESE);
        assertEquals("新建链", window.getTitle());
        assertEquals(List.of(), english());
        assertEquals("按本机刚测得的算力（dvf 上 1.0 MH/s，1 个挖矿线程）估计的每个区块所需时间；实际可能快得多，也可能慢得多。", text("#newChainRateNote"));
        assertEquals(
                new NewChainViewModel.DifficultyChoice(5, "1,048,576 次尝试", "≈ 1 秒"),
                model.difficulties().get(4));
        for (String dialect : List.of("dvf-early", "chain-study", "pyscoop")) {
            choose(dialect);
            assertEquals(List.of(), english(), dialect);
            tutorialShown(dialect, java.util.Locale.SIMPLIFIED_CHINESE);
        }

        interact(() -> lookup("#newChainNewFolder").queryAs(RadioButton.class).setSelected(true));
        assertEquals("请为新链选择一个文件夹：新的或空的文件夹", text("#newChainFolderError"));
        assertEquals(List.of(), english());

        interact(() -> lookup("#newChainResetHere").queryAs(RadioButton.class).setSelected(true));
        clickOn("#newChainStartButton");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane confirmation = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals(List.of(), SceneTexts.untranslated(SceneTexts.of(confirmation)));
        assertEquals("重置此数据文件夹？", confirmation.getHeaderText());
        String said = text("#newChainConfirmation");
        assertTrue(said.startsWith("此节点的链（42 个区块，dvf）将被移除。"), said);
        assertTrue(said.contains("1 个孤块将被移除，并写入旁边的 orphaned-blocks-before-reset-"), said);
        assertTrue(said.endsWith("挖矿停止。然后节点以新的 pyscoop 创世区块重新开始，奖励 1。节点 ID 和窗口设置保持不变。"), said);

        clickOn("#newChainConfirmButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                text("#newChainMessage").startsWith("完成：旧链保存在数据文件夹中的 chain-before-reset-"), text("#newChainMessage"));
        assertEquals("关闭", text("#newChainCancelButton"));
        assertEquals(List.of(), english());
    }

    @Test
    void everyControlIsNamedForAScreenReaderAndEveryFieldLabelled() throws Exception {
        for (Language language : List.of(Language.ENGLISH, Language.KOREAN)) {
            open(language);
            List<String> missing = new ArrayList<>();
            for (boolean newFolder : List.of(false, true)) { // the folder's row is enabled only for a new folder
                interact(() -> lookup(newFolder ? "#newChainNewFolder" : "#newChainResetHere")
                        .queryAs(RadioButton.class)
                        .setSelected(true));
                missing.addAll(unnamed(root()));
            }
            assertEquals(List.of(), missing.stream().distinct().toList(), language.toString());
            assertEquals(List.of(), mnemonicsTwice(root()), language + ": every mnemonic once");
            interact(window::hide);
        }
        Messages.use(Language.ENGLISH);
        open(Language.ENGLISH);
        assertEquals(
                List.of("Dialect", "Difficulty", "Reward", "Start", "Folder"),
                labelsFor(root()).stream()
                        .map(label -> label.getText().replace("_", ""))
                        .toList());
        assertEquals("_Folder", labelsFor(root()).get(4).getText());
        assertTrue(labelsFor(root()).stream().allMatch(Label::isMnemonicParsing));
        assertEquals(lookup("#newChainFolder").query(), labelsFor(root()).get(4).getLabelFor());
        assertEquals("The new data directory", lookup("#newChainFolder").query().getAccessibleText());
    }

    @Test
    void theMnemonicsReachEachChoiceFromTheKeyboard() throws Exception {
        open(Language.KOREAN);
        clickOn("#newChainReward"); // the window has the keyboard
        push(KeyCode.ALT, KeyCode.N); // 새 데이터 폴더에서 새 창으로 시작(_N)
        assertTrue(lookup("#newChainNewFolder").query().isFocused(), "Alt+N went to the new folder's choice");
        type(KeyCode.SPACE);
        assertTrue(lookup("#newChainNewFolder").queryAs(RadioButton.class).isSelected(), "and Space chose it");
        push(KeyCode.ALT, KeyCode.F); // 폴더(_F)
        assertTrue(lookup("#newChainFolder").query().isFocused(), "Alt+F went to the folder's field");
        write("/tmp/class-chain");
        assertEquals("/tmp/class-chain", model.folderProperty().get());
        push(KeyCode.ALT, KeyCode.R); // 보상(_R)
        assertTrue(lookup("#newChainReward").query().isFocused(), "Alt+R went to the reward");
        push(KeyCode.ALT, KeyCode.S); // 시작 위치(_S), the label of the choice
        assertTrue(lookup("#newChainResetHere").query().isFocused(), "Alt+S went to the first choice");
        push(KeyCode.ALT, KeyCode.T); // 이 데이터 폴더를 초기화하고 이 창에서 시작(_T)
        type(KeyCode.SPACE);
        assertTrue(
                lookup("#newChainResetHere").queryAs(RadioButton.class).isSelected(),
                "Alt+T and Space chose the reset");
    }

    /** What a screen reader could not name: a button without text, a field or list no label names, a silent progress indicator. */
    private static List<String> unnamed(Parent root) {
        List<Node> all = new ArrayList<>();
        collect(root, all);
        List<Label> labels = labels(all);
        List<String> missing = new ArrayList<>();
        for (Node n : all) {
            if (insideAnotherControl(n)) {
                continue; // a ComboBox's own cell, a list's cells: their control is checked
            }
            if (n instanceof ButtonBase button && blank(button.getText()) && blank(button.getAccessibleText())) {
                missing.add("a button without text or accessible text: " + describe(n));
            }
            if (n instanceof javafx.scene.control.ProgressIndicator && blank(n.getAccessibleText())) {
                missing.add("a progress indicator that does not say what is under way: " + describe(n));
            }
            if ((n instanceof TextInputControl
                            || n instanceof ComboBoxBase
                            || n instanceof ChoiceBox
                            || n instanceof Spinner
                            || n instanceof ListView)
                    && labels.stream().noneMatch(label -> label.getLabelFor() == n)) {
                missing.add("a field no Label names with labelFor: " + describe(n));
            }
        }
        return missing;
    }

    /** The labels that name a field, in the window's order. */
    private static List<Label> labelsFor(Parent root) {
        List<Node> all = new ArrayList<>();
        collect(root, all);
        List<Label> named = new ArrayList<>(labels(all).stream()
                .filter(label -> label.getLabelFor() != null)
                .toList());
        named.sort(java.util.Comparator.comparingDouble(
                label -> label.localToScene(0, 0).getY()));
        return named;
    }

    /** Mnemonic letters that more than one label or button claims. */
    private static List<String> mnemonicsTwice(Parent root) {
        List<Node> all = new ArrayList<>();
        collect(root, all);
        List<String> letters = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        for (Node n : all) {
            if (n instanceof Labeled labeled && labeled.isMnemonicParsing() && labeled.getText() != null) {
                int at = labeled.getText().indexOf('_');
                if (at >= 0 && at + 1 < labeled.getText().length()) {
                    String letter = labeled.getText().substring(at + 1, at + 2).toUpperCase(java.util.Locale.ROOT);
                    if (letters.contains(letter)) {
                        twice.add(letter + " in " + labeled.getText());
                    }
                    letters.add(letter);
                }
            }
        }
        return twice;
    }

    private static List<Label> labels(List<Node> all) {
        return all.stream()
                .filter(Label.class::isInstance)
                .map(Label.class::cast)
                .toList();
    }

    private static boolean insideAnotherControl(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Spinner
                    || p instanceof ComboBoxBase
                    || p instanceof IndexedCell
                    || p instanceof ListView) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Node n, List<Node> into) {
        into.add(n);
        if (n instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String describe(Node n) {
        return n.getClass().getSimpleName() + (n.getId() != null ? " #" + n.getId() : "");
    }
}
