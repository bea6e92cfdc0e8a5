package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.testing.Chains;
import dev.blockdesk.ui.FakeNode;
import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import dev.blockdesk.ui.i18n.SceneTexts;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A reorganisation told in the main window's banner, in Korean and in Chinese: the title, the
 * summary, the details and the fork graph under them, and the banner's own buttons (main.fxml's).
 */
class ReorgTranslatedViewTest extends FxRobot {

    @TempDir
    Path dir;

    private final FakeNode node = new FakeNode();
    private MainViewModel model;
    private Block ours;

    @AfterEach
    void unmount() throws Exception {
        FxToolkit.cleanupStages();
        Messages.use(Language.ENGLISH);
    }

    /** The window in {@code language}: block 2 shared, block 3 ours, then a chain of 4 from 127.0.0.1:5001 replaces ours. */
    private void reorganise(Language language) throws Exception {
        Messages.use(language);
        model = Views.mountWindow(node, dir, Views.NO_FILES);
        interact(() -> {
            node.mine(); // block 2, shared
            node.mine(); // block 3, ours
            model.tick();
        });
        ours = node.chain.tip();
        Chain theirs = Chains.branch(node.chain.prefix(2), 2, 9);
        interact(() -> {
            node.reorganise(theirs, "127.0.0.1:5001", Instant.now());
            model.tick();
        });
        if (!lookup("#reorgDetailsToggle").queryAs(ToggleButton.class).isSelected()) {
            clickOn("#reorgDetailsToggle");
        }
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    /** This part's texts in the banner: title, summary, details, and all the graph shows and says. */
    private List<String> told() {
        List<String> texts = new ArrayList<>(List.of(
                text("#reorgTitle"),
                text("#reorgSummary"),
                lookup("#reorgDetails").queryAs(TextArea.class).getText()));
        texts.addAll(SceneTexts.of(lookup("#reorgBanner").query())); // with the graph, and main.fxml's buttons
        return texts;
    }

    @Test
    void korean() throws Exception {
        reorganise(Language.KOREAN);
        assertEquals(List.of(), SceneTexts.untranslated(told()));
        String title = text("#reorgTitle");
        assertTrue(title.endsWith(", 127.0.0.1:5001의 더 긴 체인이 우리 체인을 대체했습니다: 블록 3 버려짐"), title);
        assertEquals(
                "포크 지점: 블록 2. 잃은 채굴 보상: 1건(1). 대기 중으로 돌아가 피어에게 다시 보낸 거래: 없음." + " 이미 새 체인에 있는 거래: 없음.",
                text("#reorgSummary"));
        String details = lookup("#reorgDetails").queryAs(TextArea.class).getText();
        assertTrue(
                details.startsWith("포크 지점: 블록 2, 두 체인이 모두 가진 마지막 블록\n버려진 블록:\n  블록 3  " + ours.hash() + "\n"), details);
        assertTrue(details.contains("\n잃은 채굴 보상: 1(여기서 채굴한 블록 1개)\n"), details);
        assertTrue(details.endsWith("\n이미 새 체인에 있음: 없음"), details);
        assertEquals(
                "블록 2에서 포크: 이 노드의 블록 1개 대 127.0.0.1:5001의 블록 2개, 127.0.0.1:5001의 분기가 이겼습니다",
                lookup("#reorgBanner #forkGraph").query().getAccessibleText());
    }

    @Test
    void chinese() throws Exception {
        reorganise(Language.SIMPLIFIED_CHINESE);
        assertEquals(List.of(), SceneTexts.untranslated(told()));
        String title = text("#reorgTitle");
        assertTrue(title.endsWith("，来自 127.0.0.1:5001 的更长的链取代了我们的链：区块 3 被丢弃"), title);
        assertEquals("分叉点：区块 2。丢失的挖矿奖励：1 笔（1）。回到待处理并重新发送给对等节点的交易：无。已在新链中的交易：无。", text("#reorgSummary"));
        String details = lookup("#reorgDetails").queryAs(TextArea.class).getText();
        assertTrue(details.startsWith("分叉点：区块 2，两条链共有的最后一个区块\n被丢弃的区块：\n  区块 3  " + ours.hash() + "\n"), details);
        assertTrue(details.contains("\n回到待处理并重新发送给对等节点：无\n"), details);
        assertEquals(
                "在区块 2 分叉：此节点的 1 个区块对 127.0.0.1:5001 的 2 个区块；127.0.0.1:5001 的分支胜出",
                lookup("#reorgBanner #forkGraph").query().getAccessibleText());
    }
}
