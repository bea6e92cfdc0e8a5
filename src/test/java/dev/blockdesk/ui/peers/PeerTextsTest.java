package dev.blockdesk.ui.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blockdesk.node.CorsOrigins;
import dev.blockdesk.node.PeerRelation;
import dev.blockdesk.node.PeerRelation.Kind;
import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Peers tab's own words for a peer's relation and for the web pages let in: in English exactly
 * what the node says of them (one block or many, ties, thousands of blocks without a comma), and
 * in Korean and Chinese one form for every count.
 */
class PeerTextsTest {

    private static final List<PeerRelation> RELATIONS = List.of(
            new PeerRelation(Kind.NOT_CONTACTED, 0, -1),
            new PeerRelation(Kind.IN_SYNC, 0, -1),
            new PeerRelation(Kind.BEHIND, -1, -1),
            new PeerRelation(Kind.BEHIND, -3, -1),
            new PeerRelation(Kind.BEHIND, -12_345, -1),
            new PeerRelation(Kind.AHEAD, 1, -1),
            new PeerRelation(Kind.AHEAD, 2, -1),
            new PeerRelation(Kind.FORKED, 0, 1411),
            new PeerRelation(Kind.FORKED, 1, 1411),
            new PeerRelation(Kind.FORKED, 2, 1411),
            new PeerRelation(Kind.FORKED, -1, 7),
            new PeerRelation(Kind.FORKED, -1_200, 12_000),
            new PeerRelation(Kind.DIFFERENT_GENESIS, 0, -1),
            new PeerRelation(Kind.OTHER_DIALECT, 0, -1),
            new PeerRelation(Kind.INVALID, 0, -1),
            new PeerRelation(Kind.UNREACHABLE, 0, -1),
            new PeerRelation(Kind.CHANGED, 0, -1));

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    void inEnglishARelationReadsAsTheNodeWritesIt() {
        for (PeerRelation relation : RELATIONS) {
            assertEquals(relation.describe(), PeerRow.describe(relation), relation.toString());
        }
        assertEquals("behind by 12345 blocks", PeerRow.describe(new PeerRelation(Kind.BEHIND, -12_345, -1)));
        assertEquals(
                "forked at block 12000, 1200 blocks shorter",
                PeerRow.describe(new PeerRelation(Kind.FORKED, -1_200, 12_000)));
    }

    @Test
    void koreanAndChineseCountBlocksInOneForm() {
        Messages.use(Language.KOREAN);
        assertEquals("1블록 뒤처짐", PeerRow.describe(new PeerRelation(Kind.BEHIND, -1, -1)));
        assertEquals("12345블록 뒤처짐", PeerRow.describe(new PeerRelation(Kind.BEHIND, -12_345, -1)));
        assertEquals("블록 1411에서 포크, 2블록 더 김", PeerRow.describe(new PeerRelation(Kind.FORKED, 2, 1411)));
        assertEquals("블록 1411에서 포크, 길이 같음", PeerRow.describe(new PeerRelation(Kind.FORKED, 0, 1411)));
        Messages.use(Language.SIMPLIFIED_CHINESE);
        assertEquals("领先 2 个区块", PeerRow.describe(new PeerRelation(Kind.AHEAD, 2, -1)));
        assertEquals("在区块 12000 分叉，短 1200 个区块", PeerRow.describe(new PeerRelation(Kind.FORKED, -1_200, 12_000)));
    }

    @Test
    void theWebPagesLetInAreCountedInEachLanguage() {
        assertEquals(
                "1 web origin may read the chain, pending transactions and peers; none may change the node.",
                WebAccessViewModel.describe(CorsOrigins.parse("https://a.example")));
        assertEquals(
                "2 web origins may read the chain, pending transactions and peers; 2 may also change it (post, mine, add peers).",
                WebAccessViewModel.describe(CorsOrigins.parse("https://a.example=write https://b.example=write")));
        assertEquals(
                "Every web page may read the chain, pending transactions and peers; none may change the node.",
                WebAccessViewModel.describe(CorsOrigins.parse("*")));
        assertEquals(
                "Every web page may read the chain, pending transactions and peers; 1 may also change it (post, mine, add peers).",
                WebAccessViewModel.describe(CorsOrigins.parse("* http://localhost:3000=write")));
        Messages.use(Language.KOREAN);
        assertEquals(
                "웹 출처 2개가 체인, 대기 중인 거래, 피어를 읽을 수 있습니다. 노드를 바꿀 수 있는 출처는 없습니다.",
                WebAccessViewModel.describe(CorsOrigins.parse("https://a.example https://b.example")));
        Messages.use(Language.SIMPLIFIED_CHINESE);
        assertEquals(
                "所有网页都可以读取链、待处理交易和节点；其中 1 个来源还可以更改它（提交交易、挖矿、添加节点）。",
                WebAccessViewModel.describe(CorsOrigins.parse("* http://localhost:3000=write")));
        assertEquals("其他来源的网页都不能读取本节点，也不能让它做任何事。", WebAccessViewModel.describe(CorsOrigins.NONE));
    }
}
