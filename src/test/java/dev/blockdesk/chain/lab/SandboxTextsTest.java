package dev.blockdesk.chain.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.ChainText;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.EarlyProofOfWork;
import dev.blockdesk.chain.ProductProofOfWork;
import dev.blockdesk.chain.ProofOfWork;
import dev.blockdesk.chain.ProofRule;
import dev.blockdesk.chain.SevensProof;
import dev.blockdesk.chain.lab.SandboxChain.Field;
import dev.blockdesk.chain.lab.SandboxChain.TxField;
import dev.blockdesk.testing.LabChains;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sandbox's explanations and verdicts in English (as before, byte for byte), Simplified Chinese and Korean. */
class SandboxTextsTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale KO = Locale.KOREAN;
    private static final int N = 3;

    private static SandboxChain sandbox(String dialect) {
        ChainRules rules = LabChains.rules(dialect);
        return SandboxChain.of(rules, LabChains.mined(rules, 6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dvf", "dvf-early", "chain-study", "pyscoop"})
    void theEnglishExplanationIsWhatItWas(String dialect) {
        ChainRules rules = Dialects.rules(dialect, 4);
        for (Long edited : Arrays.asList(null, 1L, 3L, 12_345L)) {
            assertEquals(Legacy.of(rules, edited), SandboxExplanation.of(rules, edited), dialect + ", block " + edited);
            assertEquals(
                    Legacy.of(rules, edited),
                    SandboxExplanation.text(rules, edited).english());
        }
    }

    @Test
    void theExplanationInChinese() {
        String dvf = SandboxExplanation.text(Dialects.rules("dvf", 4), 3L).in(ZH);
        assertTrue(dvf.startsWith("为什么变红的是区块 4，而不是区块 3？区块的哈希涵盖它自己的内容，所以编辑区块 3 会改变它的哈希。"), dvf);
        assertTrue(dvf.contains("对照它前面的区块（区块 2）来检查"), dvf);
        assertTrue(dvf.contains("。\n\n在 dvf 中，工作量证明是 sha256(last_proof + proof + 前一个区块的哈希)，要求 4 个前导零"), dvf);
        assertTrue(dvf.contains("它的证明是针对区块 3 的旧哈希找到的。点击“挖矿”"), dvf);

        String early =
                SandboxExplanation.text(Dialects.rules("dvf-early", 5), 12_345L).in(ZH);
        assertTrue(
                early.contains(
                        "\n\n为什么区块 12345 的证明仍然能通过？在 dvf-early 中，工作量证明是 sha256(f\"{last_proof}{proof}\")，要求 5 个前导零"),
                early);
        assertTrue(early.contains("只有修改区块 12344 或 12345 的证明才会破坏它"), early);

        assertTrue(SandboxExplanation.text(Dialects.rules("chain-study", 4), 3L)
                .in(ZH)
                .contains("在 chain-study 中，工作量证明是 sha256(str(last_proof × proof))，要求 4 个前导零"));
        assertTrue(SandboxExplanation.text(Dialects.rules("pyscoop", 4), null)
                .in(ZH)
                .contains("只有区块 N+1 的 previous_hash（以及 pyscoop 要求每个 timestamp 都晚于前一个区块的规则）会暴露编辑。"));
    }

    @Test
    void theExplanationInKorean() {
        String dvf = SandboxExplanation.text(Dialects.rules("dvf", 4), 3L).in(KO);
        assertTrue(dvf.startsWith("왜 3번 블록이 아니라 4번 블록이 빨간색이 될까요? 블록의 해시는 그 블록 자신의 내용으로 계산되므로, 3번 블록을 편집하면"), dvf);
        assertTrue(dvf.contains("그 앞 블록(2번 블록)을 기준으로 확인합니다"), dvf);
        assertTrue(dvf.contains("\n\ndvf에서 작업 증명은 sha256(last_proof + proof + 이전 블록의 해시)이고 앞자리에 0이 4개 있어야 합니다."), dvf);

        String early =
                SandboxExplanation.text(Dialects.rules("dvf-early", 4), 3L).in(KO);
        assertTrue(
                early.contains("왜 3번 블록의 증명은 여전히 통과할까요? dvf-early에서 작업 증명은 sha256(f\"{last_proof}{proof}\")이고"), early);
        assertTrue(early.contains("4번 블록의 previous_hash에서만 드러나고"), early);

        assertTrue(SandboxExplanation.text(Dialects.rules("pyscoop", 4), 7L)
                .in(KO)
                .contains("pyscoop에서 증명은 (proof + last_proof) % 7 == 0이고 해시는 전혀 사용하지 않습니다."));
        assertEquals(
                SandboxExplanation.of(Dialects.rules("dvf", 4), 3L),
                SandboxExplanation.text(Dialects.rules("dvf", 4), 3L).in(Locale.GERMAN));
    }

    @Test
    void aBlocksReasonInEachLanguage() {
        SandboxChain chain = sandbox("dvf");
        chain.setTransactionText(N, 0, TxField.AMOUNT, "999");
        long edited = chain.indexAt(N);
        assertEquals("previous_hash does not match the hash of block " + edited, chain.reason(N + 1));
        assertEquals(chain.reason(N + 1), chain.reasonText(N + 1).english());
        assertEquals(
                "previous_hash 与区块 " + edited + " 的哈希不符",
                chain.reasonText(N + 1).in(ZH));
        assertEquals(
                "previous_hash가 블록 " + edited + "의 해시와 일치하지 않습니다",
                chain.reasonText(N + 1).in(KO));
        assertEquals(chain.ownProblem(N + 1), chain.ownProblemText(N + 1).english());

        assertEquals("follows an invalid block", chain.reason(N + 2));
        assertEquals(SandboxChain.FOLLOWS, chain.reason(N + 2));
        assertEquals("跟在一个无效区块之后", chain.reasonText(N + 2).in(ZH));
        assertEquals("유효하지 않은 블록 뒤에 있습니다", chain.reasonText(N + 2).in(KO));
    }

    @Test
    void aBlockThatCannotBeReadInEachLanguage() {
        SandboxChain chain = sandbox("dvf");
        chain.setText(N, Field.PROOF, "abc");
        long index = chain.indexAt(N);
        assertEquals("proof must be an integer, found \"abc\"", chain.reason(N));
        assertEquals("proof 必须是整数，实际为 \"abc\"", chain.reasonText(N).in(ZH));
        assertEquals("follows block " + index + ", which cannot be read", chain.ownProblem(N + 1));
        assertEquals("跟在无法读取的区块 " + index + " 之后", chain.ownProblemText(N + 1).in(ZH));
        assertEquals(
                "읽을 수 없는 블록 " + index + " 뒤에 있습니다", chain.ownProblemText(N + 1).in(KO));

        SandboxChain.UnreadableBlockException e =
                assertThrows(SandboxChain.UnreadableBlockException.class, () -> chain.relink(N + 1));
        assertEquals(
                "block " + index
                        + " cannot be read (proof must be an integer, found \"abc\"), so nothing can be linked to it",
                e.getMessage());
        assertEquals(
                "区块 " + index + " 无法读取（proof 必须是整数，实际为 \"abc\"），所以无法把任何区块链接到它",
                e.text().in(ZH));
        assertTrue(e instanceof IllegalStateException, "still the IllegalStateException it was");
    }

    @Test
    void nothingToMineInEachLanguage() {
        SandboxChain chain = sandbox("dvf");
        SandboxMining.NothingToMineException e = assertThrows(
                SandboxMining.NothingToMineException.class,
                () -> SandboxMining.start(chain, 0, 1, null, Runnable::run));
        assertEquals(
                "nothing to mine: blocks 1 to 1 of a sandbox of 6 (the genesis block has no proof to find)",
                e.getMessage());
        assertEquals("没有可挖的区块：沙盒共有 6 个区块，所选的是区块 1 到 1（创世区块没有需要寻找的证明）", e.text().in(ZH));
        assertEquals(
                "채굴할 블록이 없습니다: 블록 6개짜리 샌드박스의 블록 1~1(제네시스 블록에는 찾을 증명이 없습니다)",
                e.text().in(KO));
    }

    @Test
    void aFileTheSandboxCannotOpenInEachLanguage() {
        List<ChainRules> candidates = Dialects.all(4);
        SandboxFile.UnreadableChainException number = assertThrows(
                SandboxFile.UnreadableChainException.class,
                () -> SandboxFile.read("42".getBytes(StandardCharsets.UTF_8), candidates));
        assertEquals("expected a list of blocks, or an object with a \"chain\" list, found int", number.getMessage());
        assertEquals("应为区块列表，或带有 \"chain\" 列表的对象，实际为 int", number.text().in(ZH));
        assertEquals("블록 목록이나 \"chain\" 목록이 있는 객체여야 하지만 int입니다", number.text().in(KO));

        SandboxFile.UnreadableChainException notJson = assertThrows(
                SandboxFile.UnreadableChainException.class,
                () -> SandboxFile.read("{".getBytes(StandardCharsets.UTF_8), candidates));
        assertTrue(
                notJson.getMessage().startsWith("this is not a JSON file (malformed JSON at line 1, column 2: "),
                notJson.getMessage());
        assertTrue(
                notJson.text().in(ZH).startsWith("这不是 JSON 文件（JSON 格式错误，位于第 1 行第 2 列："),
                notJson.text().in(ZH));
        assertTrue(
                notJson.text().in(KO).startsWith("JSON 파일이 아닙니다(잘못된 JSON(1행 2열): "),
                notJson.text().in(KO));

        SandboxFile.UnreadableChainException scalar = assertThrows(
                SandboxFile.UnreadableChainException.class,
                () -> SandboxFile.read("[5]".getBytes(StandardCharsets.UTF_8), candidates));
        assertEquals("block 1 of the list is not a JSON object but int: 5", scalar.getMessage());
        assertEquals("列表中的第 1 个区块不是 JSON 对象，而是 int：5", scalar.text().in(ZH));
        assertEquals(ChainText.of("chain.file.empty").english(), "the chain has no blocks");
    }

    /** The explanation as SandboxExplanation wrote it before it was translated, to hold the English to it. */
    private static final class Legacy {
        static String of(ChainRules rules, Long edited) {
            String n = edited == null ? "N" : Long.toString(edited);
            String next = edited == null ? "N+1" : Long.toString(edited + 1);
            String before = edited == null ? "N−1" : Long.toString(edited - 1);
            ProofRule proof = rules.proof();
            String common = "Why block " + next + " turns red, not block " + n
                    + ": a block's hash covers its own contents, so editing block "
                    + n + " changes its hash. But what makes block " + n
                    + " valid is checked against the block before it (block "
                    + before + "): its index, its previous_hash and its proof. Nothing there changed, so block " + n
                    + " stays green. Block "
                    + next + " still names block " + n
                    + "'s old hash in its previous_hash (it is data, like everything in a stored chain, and"
                    + " does not follow the edit), so block " + next
                    + " is the first to fail, and every block after it follows an invalid block.";
            return common + "\n\n" + proofPart(rules.id(), proof, n, next, before);
        }

        private static String proofPart(String dialect, ProofRule proof, String n, String next, String before) {
            if (proof instanceof ProofOfWork pow) {
                return "In " + dialect
                        + " the proof of work is sha256(last_proof + proof + previous block's hash) with "
                        + pow.difficulty()
                        + " leading zeros: a proof covers the block before it, not its own contents. So block " + next
                        + " breaks twice: its previous_hash no longer matches, and its proof was found for block " + n
                        + "'s old hash. Mine "
                        + "re-links it and searches a new proof; then block " + next
                        + "'s own hash has changed, so the block after it breaks"
                        + " the same way. That is why rewriting history means redoing the work of every later block.";
            }
            if (proof instanceof EarlyProofOfWork early) {
                return "Why block " + n
                        + "'s proof still passes: in dvf-early the proof of work is sha256(f\"{last_proof}{proof}\") with "
                        + early.difficulty()
                        + " leading zeros, the two proof numbers only. It contains no transaction and no hash, neither"
                        + " block " + n + "'s own nor block " + before
                        + "'s, so an edited amount leaves the hashed string, and the proof,"
                        + " exactly as they were (only editing the proof of block " + before + " or " + n
                        + " would break it). The edit shows"
                        + " only in block " + next + "'s previous_hash, and Mine finds block " + next
                        + " the same proof again: the work does"
                        + " not protect the history. dvf later put the previous block's hash into the puzzle to close exactly this gap.";
            }
            if (proof instanceof ProductProofOfWork product) {
                return "In chain-study the proof of work is sha256(str(last_proof × proof)) with "
                        + product.difficulty()
                        + " leading zeros: it hashes a number, not a block, so it binds neither block " + n
                        + "'s contents nor the block before it. Block " + n
                        + "'s proof still passes after the edit, and only block " + next
                        + "'s previous_hash gives the edit away; Mine finds block " + next + " the same proof again.";
            }
            if (proof instanceof SevensProof) {
                return "In pyscoop the proof is (proof + last_proof) % 7 == 0, with no hashing at all: one number in seven passes, and it"
                        + " says nothing about any block's contents. Block " + n
                        + "'s proof still passes after the edit; only block " + next
                        + "'s previous_hash (and pyscoop's rule that each timestamp is later than the one before) gives an edit away.";
            }
            return proof.leavesOpen();
        }
    }
}
