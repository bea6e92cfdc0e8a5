package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.ChainText;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.ValidationResult;
import dev.blockdesk.chain.WireJson;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the node says about a peer, in the Peers tab: English as before, and in Simplified Chinese and Korean. */
class PeerTextsTest {

    private static final PeerAddress PEER = PeerAddress.of("127.0.0.1", 5001);

    private static void says(ChainText text, String english, String chinese, String korean) {
        assertEquals(english, text.english());
        assertEquals(chinese, text.in(Locale.SIMPLIFIED_CHINESE));
        assertEquals(korean, text.in(Locale.KOREAN));
    }

    /** Every sentence the node writes about a peer, as the code composes it: each has its key, none is verbatim. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "unreachable: connection refused",
                "unreachable: no connection within 3 s",
                "unreachable: could not look its address up within 3 s",
                "unreachable: Connection reset",
                "no complete answer within 10 s",
                "answered HTTP 500 to GET /chain",
                "answered HTTP 403 to POST /nodes/register: not today",
                "did not answer with a chain: unexpected end of input",
                "the answer is larger than 64 MB, the cap on a whole chain (--max-chain-bytes)",
                "the answer is larger than 1 MB",
                "it has no route to add peers (POST /nodes/register and POST /register-node answered 404)",
                "it has no route to add peers (POST /register-node answered 404)",
                "speaks dvf-early; this node speaks dvf",
                "invalid chain: block 3: previous_hash does not match the hash of block 2",
                "rejected: invalid chain: block 3: previous_hash does not match the hash of block 2",
                "rejected: speaks pyscoop; this node speaks dvf (1 block)",
                "rejected: speaks pyscoop; this node speaks dvf (12 blocks)",
                "rejected: unreachable: connection refused",
                "adopted: its 5 blocks replaced our genesis block; this node now speaks chain-study (it spoke dvf, with"
                        + " no mined block yet)",
                "adopted: its 12 blocks replaced our 10",
                "kept ours: its 12 valid blocks could not be stored: disk full",
                "kept: its 12 blocks are valid, but a longer chain was adopted",
                "in sync: the same 3 blocks",
                "kept ours: its 2 blocks are the first of our 3",
                "kept ours: it starts from another genesis block and is not longer (1 block against our 3)",
                "kept ours: it starts from another genesis block and is not longer (2 blocks against our 3)",
                "kept ours: a tie at 4 blocks, forked at block 2 (a tie keeps the chain we have until one branch grows"
                        + " longer)",
                "kept ours: forked at block 2, its 3 blocks are fewer than our 5"
            })
    void everySentenceHasItsKey(String english) {
        ChainText text = PeerTexts.said(english);
        assertNotNull(text.key(), english);
        assertEquals(english, text.english());
        assertEquals(english, new PeerOutcome(PEER, PeerOutcome.Kind.INVALID, -1, english).reason());
    }

    @Test
    void aPeersLastErrorAsTheNodeWritesIt() {
        PeerGet get = new PeerGet(HttpClient.newHttpClient(), Duration.ofSeconds(3), Duration.ofSeconds(10));
        try {
            says(
                    PeerTexts.said(get.describe(new ConnectException())),
                    "unreachable: connection refused",
                    "无法连接：连接被拒绝",
                    "연결할 수 없음: 연결이 거부되었습니다");
            says(
                    PeerTexts.said(get.describe(new HttpConnectTimeoutException("x"))),
                    "unreachable: no connection within 3 s",
                    "无法连接：3 秒内未能建立连接",
                    "연결할 수 없음: 3초 안에 연결되지 않았습니다");
            says(
                    PeerTexts.said(get.noAnswer()),
                    "no complete answer within 10 s",
                    "10 秒内没有收到完整的回答",
                    "10초 안에 완전한 응답이 없었습니다");
        } finally {
            get.close();
        }
        PeerStatus status = PeerStatus.unknown(PEER, PeerOrigin.ADDED_BY_US)
                .failed(Duration.ofMillis(5), "answered HTTP 500 to GET /chain");
        assertEquals("answered HTTP 500 to GET /chain", status.lastError());
        says(
                status.lastErrorText(),
                "answered HTTP 500 to GET /chain",
                "对 GET /chain 回答了 HTTP 500",
                "GET /chain에 HTTP 500(으)로 응답했습니다");
        assertNull(PeerStatus.unknown(PEER, PeerOrigin.ADDED_BY_US).lastErrorText());
    }

    @Test
    void aSyncOutcomeAndItsLogLine() {
        PeerOutcome rejected = new PeerOutcome(
                PEER,
                PeerOutcome.Kind.INVALID,
                -1,
                "rejected: invalid chain: block 3: previous_hash does not match the hash of block 2");
        says(
                rejected.describeText(),
                rejected.describe(),
                "127.0.0.1:5001：已拒绝：无效的链：block 3: previous_hash does not match the hash of block 2",
                "127.0.0.1:5001: 거부됨: 유효하지 않은 체인: block 3: previous_hash does not match the hash of block 2");
        says(
                new PeerOutcome(PEER, PeerOutcome.Kind.NOT_LONGER, 4, PeerOutcome.speaks("pyscoop", "dvf"))
                        .reasonText(),
                "speaks pyscoop; this node speaks dvf",
                "它使用 pyscoop 方言；本节点使用 dvf 方言",
                "pyscoop 방언을 씁니다. 이 노드는 dvf 방언을 씁니다");
        says(
                new PeerOutcome(
                                PEER,
                                PeerOutcome.Kind.NOT_LONGER,
                                5,
                                "kept ours: forked at block 2, its 3 blocks are fewer than our 5")
                        .reasonText(),
                "kept ours: forked at block 2, its 3 blocks are fewer than our 5",
                "保留我们的链：在区块 2 处分叉，它的 3 个区块少于我们的 5 个",
                "우리 체인 유지: 블록 2에서 포크가 생겼고, 상대의 블록 3개는 우리의 5개보다 적습니다");
        says(
                new PeerOutcome(PEER, PeerOutcome.Kind.ADOPTED, 12, "adopted: its 12 blocks replaced our 10")
                        .reasonText(),
                "adopted: its 12 blocks replaced our 10",
                "已采用：它的 12 个区块替换了我们的 10 个区块",
                "채택됨: 상대의 블록 12개가 우리의 블록 10개를 대체했습니다");
    }

    /** A peer's invalid chain: the chain layer's own reason is said in the window's language too. */
    @Test
    void anInvalidChainsVerdictIsSaidInTheLanguage() {
        ChainRules rules = Dialects.rules("dvf", 1);
        Chain ours = Chain.startingAt(rules, 1_700_000_000.0);
        ValidationResult verdict = new ChainValidator(rules).validate(WireJson.parse("{\"chain\": 5, \"length\": 1}"));
        PeerOutcome outcome =
                PeerOutcome.of(new PeerFetch(PEER, verdict, null, Duration.ZERO), false, ours, false, null, "dvf");
        assertEquals("rejected: invalid chain: " + verdict.describe(), outcome.reason());
        String korean = verdict.describeText().in(Locale.KOREAN);
        assertNotEquals(verdict.describe(), korean, "the chain layer translates its verdict");
        says(
                outcome.reasonText(),
                "rejected: invalid chain: " + verdict.describe(),
                "已拒绝：无效的链：" + verdict.describeText().in(Locale.SIMPLIFIED_CHINESE),
                "거부됨: 유효하지 않은 체인: " + korean);

        PeerStatus status = PeerStatus.unknown(PEER, PeerOrigin.ADDED_BY_US)
                .fetchedForeign(
                        -1,
                        null,
                        Duration.ZERO,
                        Instant.now(),
                        "invalid chain: " + verdict.describe(),
                        ChainText.of("node.peer.invalidChain", verdict.describeText()),
                        null);
        assertEquals("invalid chain: " + verdict.describe(), status.lastError());
        assertEquals("유효하지 않은 체인: " + korean, status.lastErrorText().in(Locale.KOREAN));
        assertEquals(
                "answered HTTP 500 to GET /chain",
                status.failed(Duration.ZERO, "answered HTTP 500 to GET /chain")
                        .lastErrorText()
                        .english(),
                "a new error replaces the old one's text");
    }

    @Test
    void aRegistrationsReason() {
        PeerRegistration refused = new PeerRegistration(
                PEER,
                URI.create("http://127.0.0.1:5000"),
                false,
                "POST /nodes/register",
                "it has no route to add peers (POST /nodes/register and POST /register-node answered 404)");
        says(
                refused.reasonText(),
                refused.reason(),
                "它没有添加对等节点的路由（POST /nodes/register 和 POST /register-node 都回答了 404）",
                "피어를 추가하는 경로가 없습니다(POST /nodes/register와(과) POST /register-node 모두 404로 응답했습니다)");
        assertNull(new PeerRegistration(PEER, URI.create("http://127.0.0.1:5000"), true, "POST /nodes/register", null)
                .reasonText());
    }

    @Test
    void aSentenceOfNoKnownShapeReadsTheSameInEveryLanguage() {
        ChainText text = PeerTexts.said("its tip does not add up");
        assertNull(text.key());
        assertEquals(List.of("its tip does not add up"), List.of(text.in(Locale.KOREAN)));
    }
}
