package dev.blockdesk.ui.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Dialects;
import dev.blockdesk.testing.Wait;
import dev.blockdesk.ui.FakeNode;
import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import dev.blockdesk.ui.i18n.SceneTexts;
import dev.blockdesk.ui.playground.PlaygroundViewModel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The hash playground in Korean and in Chinese: a text hashed, the builder's verdict, the estimates
 * table with a measured rate, a proof found by the search, a proof that cannot be read, and pyscoop,
 * which has no difficulty. Nothing the window itself says is left in English; the rate's source,
 * which the chain layer words, stays as it comes.
 */
class PlaygroundTranslatedViewTest extends FxRobot {

    private final FakeNode node = new FakeNode(Dialects.rules("dvf", 2));

    @AfterEach
    void english() throws Exception {
        ToolWindows.closeAll();
        Messages.use(Language.ENGLISH);
    }

    @ParameterizedTest
    @EnumSource(
            value = Language.class,
            names = {"KOREAN", "SIMPLIFIED_CHINESE"})
    void everyPaneOfThePlaygroundSpeaksTheLanguage(Language language) throws Exception {
        Messages.use(language);
        boolean korean = language == Language.KOREAN;
        PlaygroundViewModel model = ToolWindows.playground(node);
        Parent root = ToolWindows.root("playgroundView");
        assertEquals(korean ? "해시 놀이터" : "哈希练习场", ((Stage) root.getScene().getWindow()).getTitle());
        interact(() -> model.textProperty().set("abc"));
        assertEquals(korean ? "3바이트(UTF-8)의 sha256" : "3 字节（UTF-8）的 sha256", text(root, "#hashPlaygroundSize"));
        assertEquals(korean ? "다시 측정(_M)" : "重新测量(_M)", text(root, "#playgroundMeasureButton"));
        assertEquals(
                korean ? "예상 시도 횟수" : "预计尝试次数",
                ((TableView<?>) root.lookup("#playgroundEstimates"))
                        .getColumns()
                        .get(1)
                        .getText());
        Wait.until("the rate is shown", () -> text(root, "#playgroundRate").contains(ToolWindows.RATE_SOURCE));
        assertEquals(
                korean
                        ? "2.0 MH/s 기준(" + ToolWindows.RATE_SOURCE + ")"
                        : "按 2.0 MH/s 计算（" + ToolWindows.RATE_SOURCE + "）",
                text(root, "#playgroundRate"));
        assertAllTranslated(root);

        interact(() -> {
            model.builder().lastProofProperty().set("100");
            model.builder().proofProperty().set("0");
            model.builder().nextValidProof();
        });
        Wait.until("a proof is found", () -> text(root, "#playgroundMessage").contains(korean ? "첫 유효한 증명" : "第一个有效"));
        assertTrue(
                text(root, "#playgroundVerdict").endsWith(korean ? "난이도 2에는 2개가 필요합니다 ✓" : "难度 2 需要 2 个 ✓"),
                text(root, "#playgroundVerdict"));
        assertAllTranslated(root);

        interact(() -> model.builder().lastProofProperty().set("a hundred"));
        assertEquals(korean ? "마지막 증명은 100처럼 정수여야 합니다." : "上一个证明必须是整数，例如 100。", text(root, "#playgroundMessage"));
        assertAllTranslated(root);

        interact(() -> {
            model.builder().lastProofProperty().set("100");
            model.builder().dialectProperty().set("pyscoop");
        });
        assertEquals(korean ? "나머지 =" : "余数 =", text(root, "#playgroundResultCaption"));
        assertEquals(korean ? "pyscoop의 계산(해시 없음):" : "pyscoop 的计算（不用哈希）：", text(root, "#playgroundInputCaption"));
        assertTrue(
                text(root, "#playgroundEstimatesNote").startsWith(korean ? "pyscoop에는 난이도가 없습니다" : "pyscoop 没有难度"),
                text(root, "#playgroundEstimatesNote"));
        assertAllTranslated(root);
    }

    /** Every text of the window is in the language, but for the rate's source, which the chain layer words. */
    private void assertAllTranslated(Parent root) throws Exception {
        List<String> texts = WaitForAsyncUtils.asyncFx(() -> SceneTexts.of(root)).get(10, TimeUnit.SECONDS).stream()
                .map(text -> text.replace(ToolWindows.RATE_SOURCE, ""))
                .toList();
        assertEquals(List.of(), SceneTexts.untranslated(texts));
    }

    private static String text(Parent root, String selector) {
        return ((Labeled) root.lookup(selector)).getText();
    }
}
