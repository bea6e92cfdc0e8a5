package dev.blockdesk.ui.shell;

import static dev.blockdesk.testing.PaymentChains.block;
import static dev.blockdesk.testing.PaymentChains.tx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.testing.Chains;
import dev.blockdesk.testing.PaymentChains;
import dev.blockdesk.ui.FakeNode;
import dev.blockdesk.ui.cards.BlockCard;
import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import dev.blockdesk.ui.i18n.SceneTexts;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Blocks and Accounts tabs in Korean and in Simplified Chinese, in their main states: no word
 * of English left in what a person reads or hears there (addresses here have digits, as names a
 * person picked), the proof rule's words included.
 */
class BlocksAndAccountsTranslatedViewTest extends FxRobot {

    /** Exact texts per language: the detail title, the orphaned one, a card's facts, the address search, a history line. */
    private static final Map<Language, List<String>> EXPECTED = Map.of(
            Language.KOREAN,
                    List.of(
                            "블록 3",
                            "블록 4(고아 블록)",
                            "증명 1",
                            "거래 2건",
                            "블록 3",
                            "주소 bob7: 잔액 -1.75, 거래 2건",
                            "블록 4: -2, carol7에게",
                            "alice7에게서",
                            "블록 4",
                            "검색(_S)"),
            Language.SIMPLIFIED_CHINESE,
                    List.of(
                            "区块 3",
                            "区块 4（孤块）",
                            "证明 1",
                            "2 笔交易",
                            "区块 3",
                            "地址 bob7：余额 -1.75，共 2 笔交易",
                            "区块 4：-2，转给 carol7",
                            "来自 alice7",
                            "区块 4",
                            "搜索(_S)"));

    @TempDir
    Path dir;

    private final FakeNode node = new FakeNode();

    @AfterEach
    void english() throws Exception {
        FxToolkit.cleanupStages();
        Messages.use(Language.ENGLISH);
    }

    private MainViewModel mount(Language language) throws Exception {
        Messages.use(language);
        node.chain = PaymentChains.with(
                node.chain,
                block(tx("0", "alice7", "1")),
                block(tx("alice7", "bob7", "0.25"), tx("0", "alice7", "1")),
                block(tx("bob7", "carol7", "2"), tx("0", "alice7", "1")));
        MainViewModel model = Views.mountWindow(node, dir, Views.NO_FILES);
        interact(model::tick);
        return model;
    }

    /** The English words left in {@code view}. */
    private List<String> untranslated(String view) {
        return SceneTexts.untranslated(SceneTexts.of(lookup(view).query()));
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private void search(String query) {
        interact(() -> lookup("#searchField").queryTextInputControl().clear());
        clickOn("#searchField").write(query).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest
    @EnumSource(
            value = Language.class,
            names = {"KOREAN", "SIMPLIFIED_CHINESE"})
    void theBlocksTabSpeaksTheLanguageInTheTableTheCardsASearchAndAnOrphanedBlock(Language language) throws Exception {
        List<String> expected = EXPECTED.get(language);
        MainViewModel model = mount(language);
        assertEquals(List.of(), untranslated(".blocks-view"), "nothing selected");
        TableCell<?, ?> time = cell("timeColumn", 0);
        assertEquals(
                time.getText(),
                ((Text) time.lookup(".text")).getText(),
                "the time fits its column, however long the language writes it");
        assertTrue(
                lookup(".blocks-view .label").queryAllAs(Label.class).stream()
                        .anyMatch(l -> l.getText().equals(expected.get(9))),
                "the search's label keeps its mnemonic");

        search("3");
        assertEquals(expected.get(0), text("#detailTitle"));
        assertEquals(expected.get(0), text("#searchResultLabel"));
        assertTrue(
                lookup("#detailArea").queryAs(TextArea.class).getText().startsWith("index          3\ntimestamp      "),
                "the JSON field names stay, lined up");
        assertEquals(List.of(), untranslated(".blocks-view"), "a block selected");
        String explained = lookup("#explainArea").queryAs(TextArea.class).getText();
        assertEquals(
                List.of(),
                SceneTexts.untranslated(explained.lines().toList()),
                "the proof worked through, in the language: " + explained);

        search("bob7");
        assertEquals(expected.get(5), text("#searchResultLabel"));
        assertEquals(expected.get(6), model.blocks().addressHistory().get(1));
        assertEquals(List.of(), untranslated(".blocks-view"), "an address found, with its history");

        clickOn("#chainCardsToggle");
        BlockCard card = lookup("#chainCard-4").queryAs(BlockCard.class);
        assertEquals(expected.get(2), card.proofText());
        assertEquals(expected.get(3), card.transactionsText());
        assertEquals(expected.get(4), card.linkText(), "the arrow names the card below");
        assertEquals(List.of(), untranslated(".blocks-view"), "the cards");
        clickOn("#chainCardsToggle");

        search("4");
        Chain theirs = Chains.branch(node.chain.prefix(3), 2, 9);
        interact(() -> {
            node.reorganise(theirs, "127.0.0.1:5001", Instant.now());
            model.tick();
        });
        assertEquals(expected.get(1), text("#detailTitle"), "the dropped block stays selected, marked orphaned");
        assertTrue(text("#orphanedMark").contains("127.0.0.1:5001"), text("#orphanedMark"));
        clickOn("#showOrphanedToggle");
        assertEquals(
                6,
                lookup("#blocksTable").queryAs(TableView.class).getItems().size(),
                "5 blocks of the chain and our orphaned one");
        assertEquals(List.of(), untranslated(".blocks-view"), "an orphaned block shown");
    }

    @ParameterizedTest
    @EnumSource(
            value = Language.class,
            names = {"KOREAN", "SIMPLIFIED_CHINESE"})
    void theAccountsTabSpeaksTheLanguageWithAnAccountAndItsHistory(Language language) throws Exception {
        List<String> expected = EXPECTED.get(language);
        mount(language);
        interact(
                () -> lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), untranslated(".accounts-view"), "nothing selected");

        clickOn(cell("accountAddressColumn", 2)); // bob7, the poorest
        assertEquals(List.of(), untranslated(".accounts-view"), "an account selected");
        assertTrue(
                text("#accountHistoryTitle")
                        .startsWith(
                                language == Language.KOREAN
                                        ? "bob7의 기록: 거래 2건, 잔액 -1.75."
                                        : "bob7 的历史：2 笔交易，余额 -1.75。"),
                text("#accountHistoryTitle"));
        assertEquals(expected.get(7), cell("historyWhatColumn", 0).getText());
        assertEquals(expected.get(8), ((Hyperlink) cell("historyBlockColumn", 1).getGraphic()).getText());
        TableView<?> accounts = lookup("#accountsTable").queryAs(TableView.class);
        for (TableColumn<?, ?> column : accounts.getColumns()) {
            assertEquals(List.of(), SceneTexts.untranslated(List.of(column.getText())), column.getId());
        }
    }

    private TableCell<?, ?> cell(String column, int row) {
        return lookup("#" + column).queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c
                        && c.getIndex() == row
                        && c.getTableRow() != null
                        && !c.isEmpty())
                .map(n -> (TableCell<?, ?>) n)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + column + " " + row));
    }
}
