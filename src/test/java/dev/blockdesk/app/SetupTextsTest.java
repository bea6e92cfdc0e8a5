package dev.blockdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.blockdesk.chain.ChainText;
import dev.blockdesk.store.DataDirectory;
import dev.blockdesk.store.StoreException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the start-up and the New chain window say: English as before, and in Simplified Chinese and Korean. */
class SetupTextsTest {

    @TempDir
    Path dir;

    private static void says(ChainText text, String english, String chinese, String korean) {
        assertEquals(english, text.english());
        assertEquals(chinese, text.in(Locale.SIMPLIFIED_CHINESE));
        assertEquals(korean, text.in(Locale.KOREAN));
    }

    @Test
    void aRewardThatCannotBeUsed() {
        assertNull(NewChain.rewardProblemText("2.5"));
        assertEquals("The reward is required", NewChain.rewardProblem(" "));
        says(NewChain.rewardProblemText(""), "The reward is required", "必须填写挖矿奖励", "채굴 보상을 입력해야 합니다");
        says(
                NewChain.rewardProblemText("abc"),
                "The reward must be a number, found \"abc\"",
                "挖矿奖励必须是数字，但找到的是 \"abc\"",
                "채굴 보상은 숫자여야 합니다. 입력된 값: \"abc\"");
        says(
                NewChain.rewardProblemText("-1"),
                "The reward must be positive, found -1",
                "挖矿奖励必须是正数，但找到的是 -1",
                "채굴 보상은 양수여야 합니다. 입력된 값: -1");
        says(
                NewChain.rewardProblemText("1e16"),
                "The reward must be at most 1e15, found 1e+16",
                "挖矿奖励最多为 1e15，但找到的是 1e+16",
                "채굴 보상은 1e15 이하여야 합니다. 입력된 값: 1e+16");
    }

    @Test
    void aNewChainsChoiceThatCannotBeUsed() {
        InvalidChoiceException difficulty =
                assertThrows(InvalidChoiceException.class, () -> new NewChain("dvf", 9, "1", true));
        assertEquals("The difficulty must be from 1 to 7, not 9", difficulty.getMessage());
        says(
                difficulty.text(),
                "The difficulty must be from 1 to 7, not 9",
                "难度必须在 1 到 7 之间，而不是 9",
                "난이도는 1부터 7까지여야 합니다. 9은(는) 쓸 수 없습니다");
        InvalidChoiceException reward =
                assertThrows(InvalidChoiceException.class, () -> new NewChain("dvf", 4, "x", true));
        assertEquals("채굴 보상은 숫자여야 합니다. 입력된 값: \"x\"", reward.text().in(Locale.KOREAN));
    }

    @Test
    void aDataDirectoryInUse() {
        try (DataDirectory first = DataDirectory.open(dir.resolve("data"))) {
            StoreException e = assertThrows(StoreException.class, () -> DataDirectory.open(dir.resolve("data")));
            says(
                    e.text(),
                    "the data directory " + first.path() + " is already in use by another Blockdesk;"
                            + " close it, or give this one another --data-dir",
                    "数据文件夹 " + first.path() + " 已被另一个 Blockdesk 使用；请关闭那个 Blockdesk，或为这个指定另一个 --data-dir",
                    "데이터 폴더 " + first.path()
                            + "을(를) 다른 Blockdesk가 이미 쓰고 있습니다. 그 Blockdesk를 닫거나, 이 Blockdesk에 다른 --data-dir를 지정하세요");
        }
    }

    @Test
    void aDamagedStoredChain() {
        NodeSetup.InvalidStoredChainException e = new NodeSetup.InvalidStoredChainException(
                "the stored chain is invalid at block 7: previous_hash does not match the hash of block 6", 6);
        says(
                e.text(),
                "the stored chain is invalid at block 7: previous_hash does not match the hash of block 6",
                "保存的链在区块 7 处无效：previous_hash does not match the hash of block 6",
                "저장된 체인이 블록 7에서 유효하지 않습니다: previous_hash does not match the hash of block 6");
        assertEquals(
                "some other problem",
                new NodeSetup.InvalidStoredChainException("some other problem", 0)
                        .text()
                        .in(Locale.KOREAN));
    }

    @Test
    void aDataDirectoryOfAnotherDialect() {
        ChainText text = ChainText.of("setup.otherDialect", "/d", "chain-study", 3, "pyscoop");
        says(
                text,
                "the chain in /d is a chain-study chain of 3 blocks, so it cannot speak pyscoop: start it with"
                        + " --dialect chain-study, or use another --data-dir for a pyscoop node",
                "/d 中的链是一条有 3 个区块的 chain-study 链，所以它不能使用 pyscoop：请用 --dialect chain-study 启动它，或为 pyscoop 节点使用另一个 --data-dir",
                "/d의 체인은 블록 3개짜리 chain-study 체인이므로 pyscoop을(를) 쓸 수 없습니다. --dialect chain-study로 시작하거나, pyscoop 노드에는 다른 --data-dir를 쓰세요");
    }
}
