package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.ui.FakeNode;
import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import dev.blockdesk.ui.i18n.SceneTexts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window in Chinese and in Korean, as a learner sees it with a chain, a pending
 * transaction and a peer: every tab, menu, column, prompt, tooltip and accessible text is
 * translated (what stays English is a name or the protocol's own word, see {@link SceneTexts#KEPT}).
 */
class TranslatedWindowTest extends FxRobot {

    /** The test chain's own words: the addresses it uses. */
    private static final Set<String> DATA = Set.of("fake", "alice", "bob");

    @TempDir
    Path dir;

    @AfterEach
    void english() throws Exception {
        FxToolkit.cleanupStages();
        Messages.use(Language.ENGLISH);
    }

    @ParameterizedTest
    @EnumSource(
            value = Language.class,
            names = {"SIMPLIFIED_CHINESE", "KOREAN"})
    void everyTabSpeaksTheLanguage(Language language) throws Exception {
        Messages.use(language);
        FakeNode node = new FakeNode();
        node.mine();
        node.submit("alice", "bob", "5");
        node.addPeer("127.0.0.1:5001");
        Views.mountWindow(node, dir, Views.NO_FILES);

        TabPane tabs = lookup("#tabs").queryAs(TabPane.class);
        List<String> english = new ArrayList<>();
        for (Tab tab : tabs.getTabs()) {
            interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            List<String> shown = new ArrayList<>();
            interact(() -> shown.addAll(SceneTexts.of(tabs.getScene().getRoot())));
            assertTrue(shown.size() > 20, tab.getText() + " shows " + shown);
            for (String text : SceneTexts.untranslated(shown, DATA)) {
                english.add(tab.getText() + ": " + text);
            }
        }
        assertEquals(List.of(), english.stream().distinct().toList(), "English left in the " + language + " window");
    }
}
