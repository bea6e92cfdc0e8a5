package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.node.PeerAddress;
import dev.blockdesk.node.PeerOrigin;
import dev.blockdesk.node.PeerStatus;
import dev.blockdesk.store.StoreException;
import dev.blockdesk.testing.Chains;
import dev.blockdesk.ui.FakeNode;
import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the status bar and the toolbar say, word for word, in each language: the summaries with a
 * count of peers (one form in Chinese and Korean, two in English), the block a peer or a fork is
 * at, and the mining status, whose words go in another order in Korean.
 */
class StatusTextsTranslatedTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");

    private final Chain ours = Chains.grow(new FakeNode().chain, 2); // blocks 1 to 3

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    /** A peer of our dialect that last had {@code length} blocks, sharing {@code shared} with us. */
    private static PeerStatus peer(int port, int length, Block shared) throws Exception {
        return new PeerStatus(
                PeerAddress.parse("127.0.0.1:" + port),
                true,
                length,
                "ab".repeat(32),
                Duration.ofMillis(5),
                NOW,
                null,
                "dvf",
                new PeerStatus.Shared(shared.index(), shared.hash()),
                null,
                PeerOrigin.ADDED_BY_US);
    }

    private String summary(PeerStatus... peers) {
        return SyncSummary.of(ours, "dvf", List.of(peers), false).text();
    }

    private PeerStatus inSync(int port) throws Exception {
        return peer(port, 3, ours.tip());
    }

    private PeerStatus behindUs(int port) throws Exception {
        return peer(port, 2, ours.blocks().get(1));
    }

    private PeerStatus forkedAtBlock2(int port) throws Exception {
        return peer(port, 3, ours.blocks().get(1));
    }

    private PeerStatus aheadOfUs(int port) throws Exception {
        return peer(port, 5, ours.tip());
    }

    @Test
    void englishCountsPeersOneByOneAsBefore() throws Exception {
        assertEquals("Alone: no peers", summary());
        assertEquals("In sync with 1 peer", summary(inSync(1)));
        assertEquals("In sync with 2 peers", summary(inSync(1), inSync(2)));
        assertEquals("Ahead of 1 of 2 peers", summary(behindUs(1), inSync(2)));
        assertEquals("Ahead of 1 of 1 peer", summary(behindUs(1)));
        assertEquals("Forked with 1 of 1 peer at block 2", summary(forkedAtBlock2(1)));
        assertEquals("Behind: 127.0.0.1:1 has 5 blocks", summary(aheadOfUs(1)));
    }

    @Test
    void koreanSaysTheSameFacts() throws Exception {
        Messages.use(Language.KOREAN);
        assertEquals("혼자: 피어 없음", summary());
        assertEquals("피어 2개와 동기화됨", summary(inSync(1), inSync(2)));
        assertEquals("피어 2개 중 1개보다 앞섬", summary(behindUs(1), inSync(2)));
        assertEquals("피어 1개 중 1개와 블록 2에서 포크됨", summary(forkedAtBlock2(1)));
        assertEquals("뒤처짐: 127.0.0.1:1의 체인은 블록 5개", summary(aheadOfUs(1)));
    }

    @Test
    void chineseSaysTheSameFacts() throws Exception {
        Messages.use(Language.SIMPLIFIED_CHINESE);
        assertEquals("孤立：没有对等节点", summary());
        assertEquals("已与 2 个对等节点同步", summary(inSync(1), inSync(2)));
        assertEquals("领先 2 个对等节点中的 1 个", summary(behindUs(1), inSync(2)));
        assertEquals("1 个对等节点中有 1 个与我们在区块 2 处分叉", summary(forkedAtBlock2(1)));
        assertEquals("落后：127.0.0.1:1 的链有 5 个区块", summary(aheadOfUs(1)));
    }

    @Test
    void theMiningStatusAndTheStatusBarInKoreanAndChinese() {
        FakeNode node = new FakeNode();
        Messages.use(Language.KOREAN);
        MainViewModel model =
                new MainViewModel("a".repeat(32), Runnable::run, Runnable::run, Clock.systemUTC(), (k, v) -> {});
        model.attach(node);
        model.mineOrCancel();
        model.tick();
        assertEquals("블록 2을(를) 채굴했습니다. 쉬고 있습니다.", model.miningStatusProperty().get());
        assertEquals("블록 2개", model.statusBar().chainLengthProperty().get());
        assertEquals("대기 중 0건", model.statusBar().pendingCountProperty().get());

        Messages.use(Language.SIMPLIFIED_CHINESE);
        node.fire(l -> l.miningFailed(new StoreException("could not store block 3: the disk is full")));
        model.tick();
        assertEquals(
                "找到了一个区块，但无法保存，所以它不在链上，自动挖矿已关闭：could not store block 3: the disk is full",
                model.noticeProperty().get(),
                "the store's reason as it comes");
        assertEquals("已挖出区块 2。空闲。", model.miningStatusProperty().get());
    }
}
