package dev.blockdesk.ui.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blockdesk.node.PeerAddress;
import dev.blockdesk.node.PeerOrigin;
import dev.blockdesk.node.PeerOutcome;
import dev.blockdesk.node.PeerRegistration;
import dev.blockdesk.node.PeerStatus;
import dev.blockdesk.node.ResolveReport;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.FakeNode;
import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Peers tab in Korean and Chinese says what the node says about its peers in that language too. */
class PeersNodeTextsTest {

    private final FakeNode node = new FakeNode();
    private final List<String> notices = new ArrayList<>();
    private final Map<String, String> saved = new HashMap<>();
    private PeersViewModel model;

    @BeforeEach
    void attach() {
        model = new PeersViewModel(
                new SimpleBooleanProperty(true),
                new Background(Runnable::run, Runnable::run, notices::add),
                Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC),
                saved::put);
        model.attach(node);
    }

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    private static PeerStatus failing(String address, String error) throws Exception {
        return new PeerStatus(
                PeerAddress.parse(address),
                false,
                -1,
                null,
                Duration.ofMillis(3),
                null,
                error,
                null,
                null,
                null,
                PeerOrigin.ADDED_BY_US);
    }

    /** A log line without its time of day, which each language writes its own way. */
    private static String afterTime(String line) {
        return line.substring(line.indexOf("  ") + 2);
    }

    @Test
    void aPeersLastErrorAndTheSyncLogInKorean() throws Exception {
        Messages.use(Language.KOREAN);
        node.peers.add(failing("127.0.0.1:5001", "unreachable: connection refused"));
        node.peers.add(failing("127.0.0.1:5002", "answered HTTP 500 to GET /chain"));
        model.update(node.peers(), node.chain());
        assertEquals("연결할 수 없음: 연결이 거부되었습니다", model.rows().get(0).getLastError());
        assertEquals("GET /chain에 HTTP 500(으)로 응답했습니다", model.rows().get(1).getLastError());

        PeerAddress peer = PeerAddress.parse("127.0.0.1:5001");
        model.logResolve(new ResolveReport(
                node.chain(),
                null,
                List.of(new PeerOutcome(
                        peer, PeerOutcome.Kind.INVALID, -1, "rejected: unreachable: connection refused"))));
        assertEquals(
                "127.0.0.1:5001: 거부됨: 연결할 수 없음: 연결이 거부되었습니다",
                afterTime(model.log().get(0)));

        model.logRegistration(new PeerRegistration(
                peer,
                URI.create("http://127.0.0.1:5000"),
                false,
                "POST /nodes/register",
                "unreachable: no connection within 3 s"));
        assertEquals(
                "127.0.0.1:5001이(가) 우리를 추가하지 않음: 연결할 수 없음: 3초 안에 연결되지 않았습니다",
                afterTime(model.log().get(0)));
    }

    @Test
    void aSyncOutcomeInChinese() throws Exception {
        Messages.use(Language.SIMPLIFIED_CHINESE);
        model.logResolve(new ResolveReport(
                node.chain(),
                null,
                List.of(new PeerOutcome(
                        PeerAddress.parse("127.0.0.1:5001"),
                        PeerOutcome.Kind.NOT_LONGER,
                        3,
                        "in sync: the same 3 blocks"))));
        assertEquals("127.0.0.1:5001：已同步：相同的 3 个区块", afterTime(model.log().get(0)));
    }

    @Test
    void anAddressThatCannotBeUsedAndTooManyPeersInKorean() {
        Messages.use(Language.KOREAN);
        model.addressProperty().set("127.0.0.1:99999");
        assertEquals(
                "포트는 1부터 65535까지의 숫자여야 합니다. 99999은(는) 쓸 수 없습니다",
                model.addressErrorProperty().get());

        node.maxPeers = 1;
        model.addressProperty().set("127.0.0.1:5001");
        model.add();
        model.addressProperty().set("127.0.0.1:5002");
        model.add();
        assertEquals(
                "피어가 너무 많습니다: 현재 피어 1개에 새 주소 1개를 더하면 한도인 피어 1개를 넘습니다. 아무것도 추가하지 않았습니다",
                model.addressErrorProperty().get());
    }

    @Test
    void aWebOriginThatCannotBeLetInInChinese() {
        Messages.use(Language.SIMPLIFIED_CHINESE);
        SimpleBooleanProperty ready = new SimpleBooleanProperty(false);
        WebAccessViewModel web =
                new WebAccessViewModel(ready, new Background(Runnable::run, Runnable::run, notices::add), saved::put);
        web.attach(node);
        ready.set(true);
        web.textProperty().set("explorer.example");
        web.apply();
        assertEquals(
                "“explorer.example”不是网页来源：它必须以协议开头，例如 https://（例如 https://explorer.example 或"
                        + " http://localhost:3000；加上 =write 可同时允许它写入）",
                web.errorProperty().get());
    }
}
