package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Block;
import dev.blockdesk.node.PeerAddress;
import dev.blockdesk.node.PeerOrigin;
import dev.blockdesk.node.PeerRegistration;
import dev.blockdesk.node.PeerStatus;
import dev.blockdesk.ui.FakeNode;
import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import dev.blockdesk.ui.i18n.SceneTexts;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Pending and Peers tabs in Korean and in Simplified Chinese: driven into their main states,
 * nothing a person reads is left in English but the node's own reasons (a refusal's, a peer's last
 * error), and the peers' short cells fit their columns.
 */
class PendingPeersLanguagesViewTest extends FxRobot {

    private final FakeNode node = new FakeNode();
    private MainViewModel model;

    @AfterEach
    void english() throws Exception {
        FxToolkit.cleanupStages();
        Messages.use(Language.ENGLISH);
    }

    private void mount(Language language, String fxml) throws Exception {
        Messages.use(language);
        FxToolkit.registerPrimaryStage();
        model = WaitForAsyncUtils.asyncFx(() -> {
                    MainViewModel attached = new MainViewModel(
                            "a".repeat(32), Runnable::run, Platform::runLater, Clock.systemUTC(), (k, v) -> {});
                    attached.attach(node);
                    return attached;
                })
                .get(10, TimeUnit.SECONDS);
        Views.mount(fxml, model, null);
        interact(model::tick);
    }

    private Parent root() {
        return FxToolkit.toolkitContext().getRegisteredStage().getScene().getRoot();
    }

    private String label(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @ParameterizedTest
    @EnumSource(names = {"KOREAN", "SIMPLIFIED_CHINESE"})
    void thePendingTabSpeaksTheLanguage(Language language) throws Exception {
        mount(language, "/dev/blockdesk/ui/pending/pending.fxml");
        node.maxPending = 0;
        interact(() -> {
            lookup("#recipientField").queryAs(TextField.class).setText("b0b0");
            lookup("#amountField").queryAs(TextField.class).setText("5");
        });
        clickOn("#submitTransactionButton");
        WaitForAsyncUtils.waitForFxEvents();

        String reason = language == Language.KOREAN // the node's refusal, said in the window's language too
                ? "대기 중인 거래가 가득 찼습니다(0건). 먼저 블록을 채굴하세요"
                : "待处理交易池已满（0 笔交易）；请先挖出一个区块";
        String refusal = Messages.tr("pending.refused", reason);
        assertEquals(refusal, label("#transactionMessageLabel"));
        assertTrue(
                label("#overspendingWarning")
                        .startsWith(
                                language == Language.KOREAN ? "금액 5이(가) 보내는 사람의 잔액 0보다 많습니다." : "金额 5 超过了发送方的余额 0。"),
                label("#overspendingWarning"));
        assertEquals(
                language == Language.KOREAN ? "잔액 0: 이 보내는 사람이 나오는 거래가 아직 없습니다" : "余额 0：还没有交易涉及这个发送方",
                label("#senderBalanceLabel"));
        List<String> texts = interactAndGet(() -> SceneTexts.of(root()));
        assertTrue(texts.removeIf(refusal::equals), "the refusal is shown");
        assertEquals(
                List.of(),
                SceneTexts.untranslated(texts),
                "only the node's reason for the refusal is in English: " + reason);

        node.maxPending = Integer.MAX_VALUE;
        interact(() -> {
            lookup("#recipientField").queryAs(TextField.class).setText("b0b0");
            lookup("#amountField").queryAs(TextField.class).setText("5");
        });
        clickOn("#submitTransactionButton");
        WaitForAsyncUtils.waitForFxEvents();
        interact(model::tick);
        assertEquals(
                language == Language.KOREAN ? "거래가 블록 2에 추가될 예정입니다" : "交易将被加入区块 2", label("#transactionMessageLabel"));
        assertEquals(List.of(Messages.tr("pending.fate.waiting")), cellTexts("#pendingTable", Set.of("fateColumn")));
        assertEquals(
                List.of(),
                SceneTexts.untranslated(cellTexts("#pendingTable", Set.of("fateColumn", "ageColumn", "amountColumn"))));
        assertEquals(List.of(), SceneTexts.untranslated(interactAndGet(() -> SceneTexts.of(root()))));

        interact(() -> {
            node.mine();
            model.tick();
        });
        assertEquals(
                language == Language.KOREAN ? "거래가 블록 2에서 확정되었습니다" : "交易已在区块 2 中确认", label("#transactionMessageLabel"));
        assertEquals(
                List.of(language == Language.KOREAN ? "블록 2에서 확정됨" : "已在区块 2 中确认"),
                cellTexts("#pendingTable", Set.of("fateColumn")));
        assertEquals(List.of(), SceneTexts.untranslated(interactAndGet(() -> SceneTexts.of(root()))));
    }

    @ParameterizedTest
    @EnumSource(names = {"KOREAN", "SIMPLIFIED_CHINESE"})
    void thePeersTabSpeaksTheLanguageAndItsCellsFit(Language language) throws Exception {
        node.mine();
        node.mine(); // blocks 1 to 3
        Block tip = node.chain().tip();
        Block second = node.chain().block(2);
        Block genesis = node.chain().genesis();
        Instant now = Instant.now();
        String lost = "unreachable: connection refused"; // the node's English, said in the window's language
        String lostShown = language == Language.KOREAN ? "연결할 수 없음: 연결이 거부되었습니다" : "无法连接：连接被拒绝";
        node.peers.add(new PeerStatus(
                PeerAddress.parse("127.0.0.1:5001"),
                false,
                -1,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                PeerOrigin.ADDED_BY_US));
        node.peers.add(new PeerStatus(
                PeerAddress.parse("127.0.0.1:5002"),
                true,
                3,
                tip.hash(),
                Duration.ofMillis(12),
                now,
                null,
                "dvf",
                new PeerStatus.Shared(tip.index(), tip.hash()),
                null,
                PeerOrigin.ADDED_US));
        node.peers.add(new PeerStatus(
                PeerAddress.parse("127.0.0.1:5003"),
                true,
                2,
                second.hash(),
                Duration.ofMillis(480),
                now,
                null,
                "dvf",
                new PeerStatus.Shared(second.index(), second.hash()),
                null,
                PeerOrigin.ADDED_BY_US));
        node.peers.add(new PeerStatus(
                PeerAddress.parse("127.0.0.1:5004"),
                true,
                3,
                "cd".repeat(32),
                Duration.ofMillis(3),
                now,
                null,
                "dvf",
                new PeerStatus.Shared(genesis.index(), genesis.hash()),
                null,
                PeerOrigin.ADDED_BY_US));
        node.peers.add(new PeerStatus(
                PeerAddress.parse("127.0.0.1:5005"),
                false,
                -1,
                null,
                Duration.ofMillis(95),
                now.minusSeconds(60),
                lost,
                null,
                null,
                null,
                PeerOrigin.ADDED_US));
        mount(language, "/dev/blockdesk/ui/peers/peers.fxml");

        clickOn("#peerAddressField").write("127.0.0.1:5006");
        clickOn("#addPeerButton");
        WaitForAsyncUtils.waitForFxEvents();
        PeerRegistration agreed = new PeerRegistration(
                PeerAddress.parse("127.0.0.1:5002"),
                URI.create("http://127.0.0.1:5999"),
                true,
                "POST /nodes/register",
                null);
        interact(() -> {
            model.peers().logRegistration(agreed);
            lookup("#corsField").queryAs(TextField.class).setText("http://localhost:3000=write");
        });
        clickOn("#applyCorsButton");
        WaitForAsyncUtils.waitForFxEvents();
        interact(model::tick);

        boolean korean = language == Language.KOREAN;
        Map<String, List<String>> expected = Map.of(
                "statusColumn",
                        korean
                                ? List.of("미연결", "연결됨", "연결됨", "연결됨", "끊김", "미연결")
                                : List.of("未联系", "在线", "在线", "在线", "离线", "未联系"),
                "peerOriginColumn",
                        korean
                                ? List.of("우리가 추가", "상대가 추가", "우리가 추가", "우리가 추가", "상대가 추가", "우리가 추가")
                                : List.of("我们添加的", "它添加了我们", "我们添加的", "我们添加的", "它添加了我们", "我们添加的"),
                "peerRelationColumn",
                        korean
                                ? List.of("아직 연결 안 함", "동기화됨", "1블록 뒤처짐", "블록 1에서 포크, 길이 같음", "연결할 수 없음", "아직 연결 안 함")
                                : List.of("尚未联系", "已同步", "落后 1 个区块", "在区块 1 分叉，长度相同", "无法连接", "尚未联系"));
        expected.forEach((column, texts) -> assertEquals(texts, cellTexts("#peersTable", Set.of(column)), column));
        List<String> log = lookup("#syncLog").queryAs(ListView.class).getItems();
        assertTrue(
                log.get(0)
                        .endsWith(
                                korean
                                        ? "  127.0.0.1:5002이(가) 우리를 추가함(POST /nodes/register)"
                                        : "  127.0.0.1:5002 也添加了我们（POST /nodes/register）"),
                log.toString());
        assertTrue(log.get(1).endsWith(korean ? "  127.0.0.1:5006 추가함" : "  已添加 127.0.0.1:5006"), log.toString());
        assertEquals(
                korean
                        ? "웹 출처 1개가 체인, 대기 중인 거래, 피어를 읽을 수 있습니다. 그중 1개는 노드를 바꿀 수도 있습니다(거래 전송, 채굴, 피어 추가)."
                        : "1 个网页来源可以读取链、待处理交易和节点；其中 1 个还可以更改它（提交交易、挖矿、添加节点）。",
                label("#corsSummary"));

        assertEquals(
                List.of(),
                SceneTexts.untranslated(interactAndGet(() -> SceneTexts.of(root()))),
                "labels, buttons, headers, tooltips, the log");
        List<String> cells = cellTexts(
                "#peersTable",
                Set.of(
                        "statusColumn",
                        "peerOriginColumn",
                        "peerRelationColumn",
                        "peerDialectColumn",
                        "latencyColumn",
                        "lastSyncColumn",
                        "errorColumn"));
        assertTrue(cells.remove(lostShown), "the peer's last error is said in the window's language: " + cells);
        assertEquals(List.of(), SceneTexts.untranslated(cells), "the table's cells");

        for (String column :
                List.of("statusColumn", "peerOriginColumn", "peerDialectColumn", "latencyColumn", "lastSyncColumn")) {
            for (TableCell<?, ?> cell : cells("#peersTable", column)) {
                assertEquals(cell.getText(), shown(cell), column + " is wide enough");
            }
        }
        Set<Node> headers = lookup("#peersTable .column-header .label").queryAll();
        assertEquals(9, headers.size(), "every column's header");
        for (Node header : headers) {
            Label title = (Label) header;
            assertEquals(title.getText(), shown(title), "the header is wide enough");
        }
    }

    /** What a labeled control really shows: its text as laid out, elided when it does not fit. */
    private static String shown(Node labeled) {
        Node text = labeled.lookup(".text");
        return text == null ? "" : ((Text) text).getText();
    }

    private List<TableCell<?, ?>> cells(String table, String column) {
        List<TableCell<?, ?>> found = new ArrayList<>();
        for (TableCell<?, ?> cell : lookup(table + " .table-cell").queryAllAs(TableCell.class)) {
            if (cell.getTableColumn() != null
                    && column.equals(cell.getTableColumn().getId())
                    && cell.getText() != null
                    && !cell.getText().isEmpty()
                    && cell.getIndex()
                            < lookup(table).queryAs(TableView.class).getItems().size()) {
                found.add(cell);
            }
        }
        found.sort((a, b) -> Integer.compare(a.getIndex(), b.getIndex()));
        return found;
    }

    /** The texts of the rows' cells of {@code columns}, row by row. */
    private List<String> cellTexts(String table, Set<String> columns) {
        List<String> texts = new ArrayList<>();
        for (String column : columns) {
            cells(table, column).forEach(cell -> texts.add(cell.getText()));
        }
        return texts;
    }

    private <T> T interactAndGet(java.util.concurrent.Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }
}
