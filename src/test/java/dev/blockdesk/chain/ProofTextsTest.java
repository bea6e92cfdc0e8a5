package dev.blockdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What the dialects and their proof rules say about themselves (the tutorial each comes from, the
 * rule in a line, what it leaves open, a worked proof, the playground's verdict) and where a hash
 * rate comes from: in English exactly as the code wrote it before it was translated (the old code
 * is kept below to hold it to), and in Simplified Chinese and Korean.
 */
class ProofTextsTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale KO = Locale.KOREAN;

    private static Block next(ChainRules rules, Block previous, long proof) {
        return Block.create(
                previous.index() + 1, previous.timestamp() + 1, List.of(), proof, previous.hash(), rules.hasher());
    }

    /** A block after {@code previous} whose proof the rule accepts, found by counting up. */
    private static Block valid(ChainRules rules, Block previous) {
        for (long proof = rules.proof().firstProof(rules.proof().puzzleAfter(previous)); ; proof++) {
            Block block = next(rules, previous, proof);
            if (rules.proof().problem(previous, block) == null) {
                return block;
            }
        }
    }

    @Test
    void theEnglishIsWhatItWas() {
        for (int difficulty : new int[] {0, 1, 2, 3}) {
            for (String id : Dialects.IDS) {
                ChainRules rules = Dialects.rules(id, difficulty);
                ProofRule proof = rules.proof();
                String what = id + " at difficulty " + difficulty;
                assertEquals(Legacy.tutorial(id), rules.tutorial(), what);
                assertEquals(rules.tutorial(), rules.tutorialText().english());
                assertEquals(Legacy.describe(proof), proof.describe(), what);
                assertEquals(Legacy.leavesOpen(proof), proof.leavesOpen(), what);
                Block genesis = rules.genesis(1_528_705_939.274652);
                for (Block block :
                        List.of(next(rules, genesis, 1), next(rules, genesis, 12_345), valid(rules, genesis))) {
                    assertEquals(Legacy.explain(proof, genesis, block), proof.explain(genesis, block), what);
                    assertEquals(
                            proof.explain(genesis, block),
                            proof.explainText(genesis, block).english());
                    ProofTrial trial = proof.trial(genesis.proof(), block.proof(), genesis.hash());
                    assertEquals(Legacy.verdict(proof, trial), trial.verdict(), what);
                }
            }
        }
    }

    @Test
    void theDialectsAndTheirRulesInChinese() {
        ChainRules dvf = Dialects.rules("dvf", 4);
        assertEquals("dvf/blockchain，经典教程（种子 003 的最终代码）", dvf.tutorialText().in(ZH));
        assertEquals("每个证明都有 4 个前导零", dvf.proof().describeText().in(ZH));
        assertEquals(
                "每个证明都有 1 个前导零（不绑定前一个区块）",
                Dialects.rules("dvf-early", 1).proof().describeText().in(ZH));
        assertTrue(Dialects.rules("pyscoop", 0).proof().leavesOpenText().in(ZH).startsWith("完全不做哈希："));

        Block genesis = dvf.genesis(0);
        Block block = next(dvf, genesis, 1);
        String explain = dvf.proof().explainText(genesis, block).in(ZH);
        String digest = Sha256.hex("100" + "1" + genesis.hash());
        int zeros = Sha256.leadingZeros(digest);
        assertEquals(
                "工作量证明：sha256(last_proof + proof + 前一个区块的哈希)\n"
                        + "  100 + 1 + " + genesis.hash() + "\n"
                        + "  = sha256(\"1001" + genesis.hash() + "\")\n"
                        + "  = [" + digest.substring(0, zeros) + "]" + digest.substring(zeros) + "\n"
                        + "  " + zeros + " 个前导零；难度 4 需要 4 个 ✗",
                explain);

        ProofTrial sevens = new SevensProof().trial(BigInteger.valueOf(3), BigInteger.valueOf(4), "");
        assertEquals("remainder 0: a multiple of 7 ✓", sevens.verdict());
        assertEquals("余数 0：是 7 的倍数 ✓", sevens.verdictText().in(ZH));
    }

    @Test
    void theDialectsAndTheirRulesInKorean() {
        ChainRules study = Dialects.rules("chain-study", 4);
        assertEquals(
                "block_chain_study, 웹 페이지가 있고 체인을 JSON 파일에 저장하는 Flask 노드(시드 000)",
                study.tutorialText().in(KO));
        assertEquals(
                "모든 증명은 앞자리 0이 4개입니다(블록이 아니라 last_proof × proof의 해시)",
                study.proof().describeText().in(KO));

        Block genesis = study.genesis(0);
        String explain =
                study.proof().explainText(genesis, next(study, genesis, 3)).in(KO);
        assertTrue(
                explain.startsWith(
                        "작업 증명: sha256(str(last_proof × proof)), 블록이 아니라 숫자 하나를 해시\n  100 × 3 = 300\n  = sha256(\"300\")\n"),
                explain);
        assertTrue(explain.endsWith("; 난이도 4에는 4개가 필요합니다 ✗"), explain);

        ProofTrial trial = new ProofOfWork(0).trial(BigInteger.ONE, BigInteger.TWO, "abc");
        assertEquals("0 leading zeros; difficulty 0 needs 0 ✓", trial.verdict());
        assertEquals("앞자리 0이 0개; 난이도 0에는 0개가 필요합니다 ✓", trial.verdictText().in(KO));
    }

    @Test
    void whereAHashRateComesFromInEachLanguage() throws Exception {
        HashRate rate = HashRate.measure("pyscoop", 1, java.time.Duration.ofMillis(200));
        assertEquals(
                "measured: the fastest quarter of 0.2 s of dvf mining on 1 thread (pyscoop does not hash; dvf's rate)",
                rate.source());
        assertEquals(
                "实测：用 1 个线程以 dvf 挖矿 0.2 秒，取最快的四分之一（pyscoop 不做哈希；这是 dvf 的算力）",
                rate.sourceText().in(ZH));
        assertEquals(
                "측정값: 스레드 1개로 dvf 채굴을 0.2초 한 것 중 가장 빠른 4분의 1(pyscoop은(는) 해시를 쓰지 않으므로 dvf의 해시레이트)",
                rate.sourceText().in(KO));

        HashRate given = new HashRate(5, 2, "a test's own words");
        assertEquals("a test's own words", given.source());
        assertEquals("a test's own words", given.sourceText().in(ZH));
    }

    /** The texts as the code wrote them before they were translated. */
    private static final class Legacy {

        static String tutorial(String id) {
            return switch (id) {
                case "dvf" -> "dvf/blockchain, the classic tutorial (seed 003's final code)";
                case "dvf-early" -> "the first edition of the dvf tutorial (seeds 002 and 004)";
                case "chain-study" -> "block_chain_study, a Flask node with a web page and chains.json (seed 000)";
                default -> "pyscoop's \"Building a Simple Blockchain in Python\" (seed 001)";
            };
        }

        static String zeros(int n) {
            return n + " leading zero" + (n == 1 ? "" : "s");
        }

        static String describe(ProofRule proof) {
            if (proof instanceof ProofOfWork pow) {
                return "every proof has " + zeros(pow.difficulty());
            }
            if (proof instanceof EarlyProofOfWork early) {
                return "every proof has " + zeros(early.difficulty()) + " (not bound to the block before)";
            }
            if (proof instanceof ProductProofOfWork product) {
                return "every proof has " + zeros(product.difficulty())
                        + " (a hash of last_proof × proof, not of a block)";
            }
            return "every proof makes proof + last_proof a multiple of 7 (no hashing: no work)";
        }

        static String leavesOpen(ProofRule proof) {
            if (proof instanceof ProofOfWork) {
                return "The proof covers the previous block's hash, so editing a block breaks the next block twice:"
                        + " its previous_hash and its proof no longer match.";
            }
            if (proof instanceof EarlyProofOfWork) {
                return "The proof covers only the two proofs, not the previous block's hash: an edited block keeps"
                        + " a valid proof, and only the next block's previous_hash gives the edit away.";
            }
            if (proof instanceof ProductProofOfWork) {
                return "It hashes the product last_proof × proof, not the block: the proof binds neither the block's"
                        + " transactions nor the block before it, so an edited block keeps a valid proof; only the next"
                        + " block's previous_hash gives the edit away.";
            }
            return "No hashing at all: one number in seven passes, so anyone can make a valid proof at once, and the"
                    + " proof says nothing about any block. Only previous_hash links the blocks, and each timestamp"
                    + " must be later than the one before.";
        }

        static String workedDigest(String guess, int difficulty) {
            String digest = Sha256.hex(guess);
            int zeros = Sha256.leadingZeros(digest);
            return "  = sha256(\"" + guess + "\")\n"
                    + "  = [" + digest.substring(0, zeros) + "]" + digest.substring(zeros) + "\n"
                    + "  " + zeros(zeros) + "; difficulty " + difficulty + " needs " + difficulty
                    + (zeros >= difficulty ? " ✓" : " ✗");
        }

        static String explain(ProofRule proof, Block previous, Block block) {
            if (proof instanceof ProofOfWork pow) {
                String guess = previous.proofText() + block.proofText() + previous.hash();
                return "Proof of work: sha256(last_proof + proof + previous block's hash)\n"
                        + "  " + previous.proofText() + " + " + block.proofText() + " + " + previous.hash() + "\n"
                        + workedDigest(guess, pow.difficulty());
            }
            if (proof instanceof EarlyProofOfWork early) {
                String guess = previous.proofText() + block.proofText();
                return "Proof of work: sha256(last_proof + proof), the previous block's hash left out\n"
                        + "  " + previous.proofText() + " + " + block.proofText() + "\n"
                        + workedDigest(guess, early.difficulty());
            }
            if (proof instanceof ProductProofOfWork product) {
                String result = previous.proof().multiply(block.proof()).toString();
                return "Proof of work: sha256(str(last_proof × proof)), a number, not the block\n"
                        + "  " + previous.proofText() + " × " + block.proofText() + " = " + result + "\n"
                        + workedDigest(result, product.difficulty());
            }
            BigInteger sum = previous.proof().add(block.proof());
            BigInteger remainder = sum.mod(BigInteger.valueOf(7));
            return "Proof: (proof + last_proof) % 7 == 0, with no hashing\n"
                    + "  (" + block.proofText() + " + " + previous.proofText() + ") % 7 = " + sum + " % 7 = "
                    + remainder
                    + (remainder.signum() == 0 ? " ✓" : " ✗");
        }

        static String verdict(ProofRule proof, ProofTrial trial) {
            if (proof instanceof SevensProof) {
                return "remainder " + trial.result() + (trial.valid() ? ": a multiple of 7 ✓" : ", not 0 ✗");
            }
            int difficulty = proof.difficulty();
            return zeros(Sha256.leadingZeros(trial.result())) + "; difficulty " + difficulty + " needs " + difficulty
                    + (trial.valid() ? " ✓" : " ✗");
        }
    }
}
