package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.app.NodeSetup;
import dev.blockdesk.node.Node;
import dev.blockdesk.node.NodeConfig;
import dev.blockdesk.testing.Wait;
import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import dev.blockdesk.ui.i18n.SceneTexts;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Start-up in Korean and in Chinese ({@code --language}): a damaged stored chain is named, and recovered from, in the language asked for. */
class TranslatedStartupViewTest extends RunningAppTest {

    private final Locale systemLocale = Locale.getDefault();

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
        Locale.setDefault(systemLocale);
    }

    @ParameterizedTest
    @CsvSource({
        "ko, 저장된 체인이 손상되었습니다, 유효한 블록 2개부터 시작, 종료, '저장된 체인이 블록 3에서 유효하지 않습니다: '",
        "zh-CN, 保存的链已损坏, 从这 2 个有效区块开始, 退出, 保存的链在区块 3 处无效："
    })
    void aDamagedChainIsNamedInTheLanguageAskedFor(
            String tag, String title, String recover, String quit, String invalidAt) throws Exception {
        try (NodeSetup setup = NodeSetup.open(dataDir, 1, false, notice -> {})) {
            Node writer = new Node(
                    NodeConfig.defaults().withDifficulty(1).withMinerThreads(1),
                    setup.chain(),
                    setup.pending(),
                    setup.store());
            for (int i = 0; i < 3; i++) {
                writer.mine().get(10, TimeUnit.SECONDS);
            }
            writer.close();
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("blockdesk.db"));
                Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE blocks SET json = 'not json' WHERE idx = 3");
        }

        FxToolkit.registerPrimaryStage();
        app = (BlockdeskApp) FxToolkit.setupApplication(
                BlockdeskApp.class,
                "--data-dir",
                dataDir.toString(),
                "--port",
                "0",
                "--difficulty",
                "1",
                "--language",
                tag);
        Wait.until("the damaged chain named", () -> shownDialog().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = shownDialog().orElseThrow();

        String shown = dialog.getContentText();
        assertTrue(shown.startsWith(invalidAt), shown); // the sentence around the store's reason is translated
        String reason = shown.substring(invalidAt.length(), shown.indexOf("\n\n")); // the store's own words
        assertTrue(reason.startsWith("stored JSON is unreadable"), shown);
        List<String> texts = new ArrayList<>(
                WaitForAsyncUtils.asyncFx(() -> SceneTexts.of(dialog)).get(10, TimeUnit.SECONDS));
        String windowTitle = ((Stage) dialog.getScene().getWindow()).getTitle();
        texts.add(windowTitle);
        assertEquals(
                List.of(),
                SceneTexts.untranslated(
                        texts.stream().map(text -> text.replace(reason, " ")).toList()),
                texts.toString());
        assertEquals(title, windowTitle);
        assertEquals(title, dialog.getHeaderText());
        assertTrue(texts.contains(quit), texts.toString());

        Button start = (Button) dialog.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(dialog::lookupButton)
                .findFirst()
                .orElseThrow();
        assertEquals(recover, start.getText());
        interact(start::fire);
        Wait.until("the node running on the valid blocks", () -> app.node() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Stage window = FxToolkit.toolkitContext().getRegisteredStage();
        assertEquals("Blockdesk — " + app.node().url(), window.getTitle());
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
}
