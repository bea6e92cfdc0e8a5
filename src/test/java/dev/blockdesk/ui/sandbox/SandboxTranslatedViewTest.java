package dev.blockdesk.ui.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.lab.SandboxChain;
import dev.blockdesk.chain.lab.SandboxChain.TxField;
import dev.blockdesk.testing.LabChains;
import dev.blockdesk.testing.Wait;
import dev.blockdesk.ui.FakeNode;
import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import dev.blockdesk.ui.i18n.SceneTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tamper sandbox in Korean and in Chinese: opened on our chain, a block tampered with (so
 * reasons and red cards show), a block mined again, the genesis block refused, reset. Nothing
 * the window itself says is left in English; the chain's own validation reasons and the blocks'
 * JSON are data and stay as they come.
 */
class SandboxTranslatedViewTest extends FxRobot {

    private final ChainRules rules = LabChains.rules("dvf");
    private final FakeNode node = new FakeNode(rules);

    @AfterEach
    void english() throws Exception {
        ToolWindows.closeAll();
        Messages.use(Language.ENGLISH);
    }

    @ParameterizedTest
    @EnumSource(
            value = Language.class,
            names = {"KOREAN", "SIMPLIFIED_CHINESE"})
    void everyStateOfTheSandboxSpeaksTheLanguage(Language language) throws Exception {
        Messages.use(language);
        boolean korean = language == Language.KOREAN;
        node.chain = LabChains.mined(rules, 8);
        SandboxViewModel model = ToolWindows.sandbox(node, 3);
        Parent root = ToolWindows.root("sandboxView");
        assertEquals(
                korean ? "샌드박스 — 우리 체인" : "沙盒 — 我们的链", ((Stage) root.getScene().getWindow()).getTitle());
        assertEquals(korean ? "채굴" : "挖矿", text(root, "#sandboxMineButton"));
        assertEquals(
                korean
                        ? "우리 체인의 사본(dvf, 모든 증명은 앞자리 0이 2개입니다)입니다. 여기서 무엇을 해도 노드에는 전달되지 않습니다."
                        : "我们的链的副本（dvf，每个证明都有 2 个前导零）。你在这里做的任何事都不会影响节点。",
                text(root, "#sandboxSource"));
        assertEquals(korean ? "블록 8개가 모두 dvf 규칙에서 유효합니다." : "全部 8 个区块都符合 dvf 的规则，均有效。", text(root, "#sandboxVerdict"));
        assertEquals(korean ? "블록 4" : "区块 4", text(root, "#sandboxBlock-4 .block-card-title"));
        assertAllTranslated(root, model);

        interact(() -> model.editTransaction(3, 0, TxField.AMOUNT, "500"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                korean
                        ? "블록 5이(가) 처음으로 유효하지 않은 블록입니다: previous_hash가 블록 4의 해시와 일치하지 않습니다. 이 블록과 그 뒤의 블록 3개는 빨간색이고, 그 앞의 모든 블록은 초록색입니다."
                        : "区块 5 是第一个无效区块：previous_hash 与区块 4 的哈希不符。它和之后的 3 个区块都是红色的；它之前的每个区块都是绿色的。",
                text(root, "#sandboxVerdict"));
        assertTrue(
                text(root, "#sandboxExplanation")
                        .startsWith(korean ? "왜 4번 블록이 아니라 5번 블록이 빨간색이 될까요?" : "为什么变红的是区块 5，而不是区块 4？"),
                text(root, "#sandboxExplanation"));
        assertAllTranslated(root, model);

        interact(() -> model.selectedProperty().set(4));
        mined(model);
        assertTrue(
                text(root, "#sandboxReport").startsWith(korean ? "블록 5을(를) 다시 연결하고 채굴했습니다: " : "区块 5 已重新链接并挖出："),
                text(root, "#sandboxReport"));
        assertAllTranslated(root, model);

        interact(() -> model.selectedProperty().set(0));
        mined(model);
        assertEquals(
                korean ? "제네시스 블록은 앞에 블록이 없고 찾을 증명도 없습니다: 뒤의 블록을 선택하세요." : "创世区块前面没有区块，也没有要找的证明：请选择后面的区块。",
                text(root, "#sandboxReport"));
        assertAllTranslated(root, model);

        interact(model::reset);
        assertEquals(
                korean ? "초기화했습니다: 모든 블록이 열었을 때 상태로 돌아갔습니다." : "已重置：每个区块都恢复成打开时的样子。", text(root, "#sandboxReport"));
        assertAllTranslated(root, model);
    }

    private void mined(SandboxViewModel model) throws Exception {
        CompletableFuture<CompletableFuture<Void>> started = new CompletableFuture<>();
        interact(() -> started.complete(model.mineSelected()));
        started.get(10, TimeUnit.SECONDS).get(Wait.HANG.toSeconds(), TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every text of the window is in the language, but for the chain's own words: its reasons and the blocks' JSON. */
    private void assertAllTranslated(Parent root, SandboxViewModel model) {
        List<String> data = new ArrayList<>();
        SandboxChain chain = model.chain();
        for (int i = 0; i < chain.size(); i++) {
            data.add(chain.canonicalJson(i));
            if (chain.reason(i) != null) {
                data.add(chain.reason(i));
            }
        }
        List<String> texts = new ArrayList<>();
        for (String text : interactFor(() -> SceneTexts.of(root))) {
            for (String shown : data) {
                text = text.replace(shown, "");
            }
            texts.add(text);
        }
        assertEquals(List.of(), SceneTexts.untranslated(texts));
    }

    private <T> T interactFor(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String text(Parent root, String selector) {
        return ((Labeled) root.lookup(selector)).getText();
    }
}
