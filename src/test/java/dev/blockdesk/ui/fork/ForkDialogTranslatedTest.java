package dev.blockdesk.ui.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.chain.ForkPicture;
import dev.blockdesk.testing.Chains;
import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import dev.blockdesk.ui.i18n.SceneTexts;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The fork dialog and its graph in Korean and in Chinese: who won and why, the fork point, the
 * branches' names and tags, "+N more", with no English word left (the hashes and the peer's
 * address stay as they are).
 */
class ForkDialogTranslatedTest extends FxRobot {

    private static final Chain BASE =
            Chains.grow(Chain.startingAt(new DvfRules(0), 1_763_700_000.0), 9); // blocks 1..10
    private static final Chain OURS = Chains.branch(BASE, 2, 1); // 11, 12
    private static final Chain THEIRS = Chains.branch(BASE, 8, 2); // 11..18
    private static final String PEER = "127.0.0.1:5001";

    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        FxToolkit.setupSceneRoot(() -> new VBox());
        FxToolkit.showStage();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        Messages.use(Language.ENGLISH);
    }

    private Dialog<ButtonType> show(ForkPicture picture) {
        try {
            Dialog<ButtonType> dialog = WaitForAsyncUtils.asyncFx(() -> ForkDialog.show(stage, picture, null))
                    .get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            return dialog;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String text(Dialog<?> dialog, String selector) {
        return ((Labeled) dialog.getDialogPane().lookup(selector)).getText();
    }

    private void close(Dialog<?> dialog) {
        clickOn((Node) dialog.getDialogPane().lookup("#closeForkButton"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> english(Dialog<?> dialog) {
        List<String> texts = new java.util.ArrayList<>(SceneTexts.of(dialog.getDialogPane()));
        texts.add(dialog.getTitle());
        return SceneTexts.untranslated(texts);
    }

    @Test
    void korean() {
        Messages.use(Language.KOREAN);
        Dialog<ButtonType> theirsWin = show(ForkPicture.of(OURS, THEIRS, PEER, true));
        assertEquals(List.of(), english(theirsWin));
        assertEquals("127.0.0.1:5001와(과)의 포크", theirsWin.getTitle());
        assertEquals(
                "127.0.0.1:5001의 분기가 이깁니다. 프로토콜은 가장 긴 유효한 체인을 유지하며, 블록 10 뒤의 블록 8개가"
                        + " 이 노드의 2개보다 많으므로 이 노드의 블록은 버려집니다.",
                text(theirsWin, "#forkExplanation"));
        assertEquals("블록 10에서 포크", text(theirsWin, ".fork-caption"));
        assertEquals("이 노드", text(theirsWin, ".fork-branch-header.fork-ours .fork-branch-name"));
        assertEquals("가장 긴 체인 — 유지", text(theirsWin, ".fork-tag.fork-theirs"));
        assertEquals("버려짐", text(theirsWin, ".fork-tag.fork-ours"));
        assertEquals("+3개", text(theirsWin, ".fork-more.fork-theirs"));
        assertEquals(
                "이 분기에 블록이 3개 더 있습니다(블록 18까지)",
                ((Label) theirsWin.getDialogPane().lookup(".fork-more.fork-theirs"))
                        .getTooltip()
                        .getText());
        assertEquals(
                "블록 10에서 포크: 이 노드의 블록 2개 대 127.0.0.1:5001의 블록 8개, 127.0.0.1:5001의 분기가 이겼습니다",
                theirsWin.getDialogPane().lookup("#forkGraph").getAccessibleText());
        assertEquals("닫기", text(theirsWin, "#closeForkButton"));
        close(theirsWin);

        Dialog<ButtonType> tie =
                show(ForkPicture.of(Chains.branch(BASE, 3, 1), Chains.branch(BASE, 3, 2), PEER, false));
        assertEquals(List.of(), english(tie));
        assertEquals("동점 — 우리 것 유지", text(tie, ".fork-tag.fork-ours"));
        assertEquals("받아들이지 않음", text(tie, ".fork-tag.fork-theirs"));
        close(tie);

        Dialog<ButtonType> extend = show(ForkPicture.of(BASE, Chains.branch(BASE, 2, 2), PEER, true));
        assertEquals(List.of(), english(extend));
        assertEquals("블록 10 뒤에 블록이 없습니다", text(extend, ".fork-empty.fork-ours"));
        close(extend);
    }

    @Test
    void chinese() {
        Messages.use(Language.SIMPLIFIED_CHINESE);
        Dialog<ButtonType> theirsWin = show(ForkPicture.of(OURS, THEIRS, PEER, true));
        assertEquals(List.of(), english(theirsWin));
        assertEquals("与 127.0.0.1:5001 的分叉", theirsWin.getTitle());
        assertEquals(
                "127.0.0.1:5001 的分支胜出：协议保留最长的有效链，它在区块 10 之后的 8 个区块多于此节点的 2 个，此节点的这些区块被丢弃。",
                text(theirsWin, "#forkExplanation"));
        assertEquals("在区块 10 分叉", text(theirsWin, ".fork-caption"));
        assertEquals("此节点", text(theirsWin, ".fork-branch-header.fork-ours .fork-branch-name"));
        assertEquals("最长链 — 保留", text(theirsWin, ".fork-tag.fork-theirs"));
        assertEquals("丢弃", text(theirsWin, ".fork-tag.fork-ours"));
        assertEquals("+3 个", text(theirsWin, ".fork-more.fork-theirs"));
        assertEquals("关闭", text(theirsWin, "#closeForkButton"));
        close(theirsWin);

        Dialog<ButtonType> oursWin =
                show(ForkPicture.of(Chains.branch(BASE, 4, 1), Chains.branch(BASE, 2, 2), PEER, false));
        assertEquals(List.of(), english(oursWin));
        assertEquals(
                "此节点的分支胜出：协议保留最长的有效链，它在区块 10 之后的 4 个区块多于 127.0.0.1:5001 的 2 个。", text(oursWin, "#forkExplanation"));
        assertEquals("未采用", text(oursWin, ".fork-tag.fork-theirs"));
        close(oursWin);
    }
}
