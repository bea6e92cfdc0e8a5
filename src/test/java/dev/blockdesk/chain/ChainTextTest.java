package dev.blockdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Why a chain is invalid, in English as the API and the CLI say it (unchanged, byte for byte) and
 * in Simplified Chinese and Korean as the window says it, with the right numbers in them.
 */
class ChainTextTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale KO = Locale.KOREAN;

    /** A verdict in the three languages: the reason, and the whole line with the block's number. */
    private static void assertVerdict(ValidationResult result, String english, String chinese, String korean) {
        assertFalse(result.isValid());
        assertEquals(english, result.reason());
        assertEquals(english, result.reasonText().english());
        assertEquals(chinese, result.reasonText().in(ZH));
        assertEquals(korean, result.reasonText().in(KO));
    }

    private static Block next(ChainRules rules, Block previous, long proof, double timestamp) {
        return Block.create(previous.index() + 1, timestamp, List.of(), proof, previous.hash(), rules.hasher());
    }

    @Test
    void aBrokenLinkIsNamedInEachLanguage() {
        ArrayNode chain = TestChains.toJson(TestChains.mined(4, 2));
        ((ObjectNode) chain.get(1).get("transactions").get(0)).put("amount", 1_000_000);
        ValidationResult result = new ChainValidator(new DvfRules(2)).validate(chain);

        assertVerdict(
                result,
                "previous_hash does not match the hash of block 2",
                "previous_hash 与区块 2 的哈希不符",
                "previous_hash가 블록 2의 해시와 일치하지 않습니다");
        assertEquals("block 3: previous_hash does not match the hash of block 2", result.describe());
        assertEquals(result.describe(), result.describeText().english());
        assertEquals("区块 3：previous_hash 与区块 2 的哈希不符", result.describeIn(ZH));
        assertEquals("블록 3: previous_hash가 블록 2의 해시와 일치하지 않습니다", result.describeIn(KO));
        assertEquals(
                result.describe(),
                result.describeIn(Locale.FRENCH),
                "a language Blockdesk does not speak gets English");
    }

    @Test
    void aValidChainIsSaidValidInEachLanguage() {
        ValidationResult result =
                new ChainValidator(new DvfRules(2)).validate(TestChains.toJson(TestChains.mined(4, 2)));
        assertEquals("valid, 4 blocks", result.describe());
        assertEquals("有效，共 4 个区块", result.describeIn(ZH));
        assertEquals("유효함, 블록 4개", result.describeIn(KO));
        assertEquals(null, result.reasonText());
    }

    @Test
    void aWrongIndexKeepsItsNumbersUngrouped() {
        ChainRules rules = new DvfRules(0);
        Block genesis = rules.genesis(0);
        Block far = Block.create(12_345, 1, List.of(), 7, genesis.hash(), rules.hasher());
        ValidationResult result = new ChainValidator(rules).validate(List.of(genesis, far));
        assertVerdict(result, "index is 12345, expected 2", "index 为 12345，应为 2", "index가 2이(가) 아니라 12345입니다");
    }

    @Test
    void aBadGenesisIsNamedInEachLanguage() {
        ChainRules dvf = new DvfRules(4);
        Block wrongProof = Block.create(1, 0, List.of(), 99, "1", dvf.hasher());
        assertVerdict(
                new ChainValidator(dvf).validate(List.of(wrongProof)),
                "genesis proof must be 100, found 99",
                "创世区块的 proof 必须是 100，实际为 99",
                "제네시스 블록의 proof는 100이어야 하지만 99입니다");

        ChainRules pyscoop = new PyscoopRules();
        Block textZero = Block.create(0, 0, List.of(), 0, TextNode.valueOf("0"), pyscoop.hasher());
        assertVerdict(
                new ChainValidator(pyscoop).validate(List.of(textZero)),
                "genesis previous_hash must be 0 (an integer), found \"0\"",
                "创世区块的 previous_hash 必须是 0（整数），实际为 \"0\"",
                "제네시스 블록의 previous_hash는 0(정수)이어야 하지만 \"0\"입니다");

        Block textOne = Block.create(1, 0, List.of(), 100, IntNode.valueOf(2), dvf.hasher());
        assertVerdict(
                new ChainValidator(dvf).validate(List.of(textOne)),
                "genesis previous_hash must be \"1\" or 1, found 2",
                "创世区块的 previous_hash 必须是 \"1\" 或 1，实际为 2",
                "제네시스 블록의 previous_hash는 \"1\" 또는 1이어야 하지만 2입니다");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedInEachLanguage() {
        ArrayNode chain = TestChains.toJson(TestChains.mined(3, 2));
        ((ObjectNode) chain.get(1)).put("proof", "7");
        ValidationResult result = new ChainValidator(new DvfRules(2)).validate(chain);
        assertVerdict(
                result,
                "proof must be an integer, found \"7\"",
                "proof 必须是整数，实际为 \"7\"",
                "proof은(는) 정수여야 하지만 \"7\"입니다");
        assertEquals("block 2: proof must be an integer, found \"7\"", result.describe());

        ((ObjectNode) chain.get(1)).remove("proof");
        assertVerdict(
                new ChainValidator(new DvfRules(2)).validate(chain),
                "missing field \"proof\"",
                "缺少字段 \"proof\"",
                "\"proof\" 필드가 없습니다");

        ((ObjectNode) chain.get(1)).set("transactions", IntNode.valueOf(5));
        ((ObjectNode) chain.get(1)).put("proof", 1);
        assertVerdict(
                new ChainValidator(new DvfRules(2)).validate(chain),
                "transactions must be an array",
                "transactions 必须是数组",
                "transactions는 배열이어야 합니다");
    }

    @Test
    void aDocumentThatIsNoChainIsNamedInEachLanguage() {
        ValidationResult result = new ChainValidator(new DvfRules(2)).validate(WireJson.parse("5"));
        assertVerdict(
                result,
                "expected a JSON array of blocks, or an object with a \"chain\" array",
                "应为由区块组成的 JSON 数组，或带有 \"chain\" 数组的对象",
                "블록으로 이루어진 JSON 배열이나 \"chain\" 배열이 있는 객체여야 합니다");
        assertEquals("chain: expected a JSON array of blocks, or an object with a \"chain\" array", result.describe());
        assertEquals("链：应为由区块组成的 JSON 数组，或带有 \"chain\" 数组的对象", result.describeIn(ZH));

        ValidationResult empty = new ChainValidator(new DvfRules(2)).validate(WireJson.parse("[]"));
        assertVerdict(
                empty,
                "the chain is empty; it needs at least a genesis block",
                "链是空的；至少需要一个创世区块",
                "체인이 비어 있습니다. 제네시스 블록이 적어도 하나 있어야 합니다");
    }

    @Test
    void badJsonSaysWhereInEachLanguageAndKeepsTheParsersWords() {
        InputStream broken = new ByteArrayInputStream("[{\"index\": }".getBytes(StandardCharsets.UTF_8));
        MalformedJsonException e =
                assertThrows(MalformedJsonException.class, () -> new ChainValidator(new DvfRules(2)).validate(broken));
        assertTrue(
                e.getMessage().startsWith("malformed JSON at line 1, column 12: Unexpected character ('}'"),
                e.getMessage());
        assertEquals(e.getMessage(), e.text().english());
        String detail = e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
        assertEquals("JSON 格式错误，位于第 1 行第 12 列：" + detail, e.text().in(ZH));
        assertEquals("잘못된 JSON(1행 12열): " + detail, e.text().in(KO));

        MalformedJsonException empty = assertThrows(MalformedJsonException.class, () -> WireJson.parse(" "));
        assertEquals("no JSON value (empty input)", empty.getMessage());
        assertEquals("没有 JSON 值（输入为空）", empty.text().in(ZH));
    }

    @Test
    void storedJsonThatCannotBeReadNestsTheParsersReason() {
        InvalidBlockException e = assertThrows(
                InvalidBlockException.class,
                () -> Block.fromCanonical("".getBytes(StandardCharsets.UTF_8), BlockHasher.SORTED_JSON));
        assertEquals("stored JSON is unreadable: no JSON value (empty input)", e.getMessage());
        assertEquals("存储的 JSON 无法读取：没有 JSON 值（输入为空）", e.text().in(ZH));
        assertEquals("저장된 JSON을 읽을 수 없습니다: JSON 값이 없습니다(입력이 비어 있음)", e.text().in(KO));
    }

    @Test
    void eachDialectsProofRuleIsNamedInEachLanguage() {
        ChainRules dvf = new DvfRules(4);
        Block dvfGenesis = dvf.genesis(0);
        assertVerdict(
                new ChainValidator(dvf).validate(List.of(dvfGenesis, next(dvf, dvfGenesis, 1, 1))),
                "proof 1 does not meet difficulty 4",
                "证明 1 未达到难度 4",
                "증명 1이(가) 난이도 4을(를) 충족하지 않습니다");

        ChainRules early = new DvfEarlyRules(4);
        Block earlyGenesis = early.genesis(0);
        assertVerdict(
                new ChainValidator(early).validate(List.of(earlyGenesis, next(early, earlyGenesis, 1, 1))),
                "proof 1 does not meet difficulty 4 (sha256 of last_proof 100 followed by the proof)",
                "证明 1 未达到难度 4（对 last_proof 100 后接该证明求 sha256）",
                "증명 1이(가) 난이도 4을(를) 충족하지 않습니다(last_proof 100 뒤에 증명을 이어 붙인 값의 sha256)");

        ChainRules study = new ChainStudyRules(4);
        Block studyGenesis = study.genesis(0);
        assertVerdict(
                new ChainValidator(study).validate(List.of(studyGenesis, next(study, studyGenesis, 1, 1))),
                "proof 1 does not meet difficulty 4 (sha256 of last_proof × proof = 100)",
                "证明 1 未达到难度 4（对 last_proof × proof = 100 求 sha256）",
                "증명 1이(가) 난이도 4을(를) 충족하지 않습니다(last_proof × proof = 100의 sha256)");

        ChainRules pyscoop = new PyscoopRules();
        Block pyGenesis = pyscoop.genesis(0);
        assertVerdict(
                new ChainValidator(pyscoop).validate(List.of(pyGenesis, next(pyscoop, pyGenesis, 1, 1))),
                "proof 1 + last_proof 0 is not a multiple of 7 (remainder 1)",
                "证明 1 与 last_proof 0 之和不是 7 的倍数（余数为 1）",
                "증명 1과(와) last_proof 0의 합이 7의 배수가 아닙니다(나머지 1)");
        assertVerdict(
                new ChainValidator(pyscoop).validate(List.of(pyGenesis, next(pyscoop, pyGenesis, 7, 0))),
                "timestamp 0.0 is not later than block 0's 0.0",
                "timestamp 0.0 没有晚于区块 0 的 0.0",
                "timestamp 0.0이(가) 블록 0의 0.0보다 늦지 않습니다");
    }

    @Test
    void theLinkProblemAndTheProofProblemKeepTheirEnglishStrings() {
        ChainRules dvf = new DvfRules(4);
        Block genesis = dvf.genesis(0);
        Block bad = next(dvf, genesis, 1, 1);
        ChainValidator validator = new ChainValidator(dvf);
        assertEquals("proof 1 does not meet difficulty 4", validator.linkProblem(genesis, bad));
        assertEquals(
                validator.linkProblem(genesis, bad),
                validator.linkProblemText(genesis, bad).english());
        assertEquals("proof 1 does not meet difficulty 4", dvf.proof().problem(genesis, bad));
        assertEquals("index is 2, expected 1", dvf.genesisProblem(bad));
        assertEquals("index 为 2，应为 1", dvf.genesisProblemText(bad).in(ZH));
    }

    @Test
    void rulesThatSayTheirReasonsAsStringsAreShownAsTheyAre() {
        ChainRules sevens = new SevensRules(1);
        Block wrong = Block.create(1, 0, List.of(), 3, "0", SevensRules.HASHER);
        ValidationResult result = new ChainValidator(sevens).validate(List.of(wrong));
        assertEquals("a sevens genesis has previous_hash \"0\" and proof 0", result.reason());
        assertEquals(result.reason(), result.reasonText().in(ZH));
        assertEquals("区块 1：a sevens genesis has previous_hash \"0\" and proof 0", result.describeIn(ZH));
    }

    @Test
    void aRefusedTransactionIsNamedInEachLanguage() {
        InvalidTransactionException negative = assertThrows(
                InvalidTransactionException.class,
                () -> TransactionRules.validateNew(
                        WireJson.parse("{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": -5}")));
        assertEquals("amount must be positive, found -5", negative.getMessage());
        assertEquals("amount 必须是正数，实际为 -5", negative.text().in(ZH));
        assertEquals("amount는 양수여야 하지만 -5입니다", negative.text().in(KO));

        InvalidTransactionException typed =
                assertThrows(InvalidTransactionException.class, () -> TransactionRules.parseAmount("five"));
        assertEquals("amount must be a number, found \"five\"", typed.getMessage());
        assertEquals("amount 必须是数字，实际为 \"five\"", typed.text().in(ZH));

        assertEquals(
                "recipient must be at most 256 characters",
                TransactionRules.addressProblem("recipient", "x".repeat(257)));
        assertEquals(
                "recipient 最多 256 个字符",
                TransactionRules.addressProblemText("recipient", "x".repeat(257))
                        .in(ZH));
        assertEquals(
                "recipient은(는) 최대 256자까지 쓸 수 있습니다",
                TransactionRules.addressProblemText("recipient", "x".repeat(257))
                        .in(KO));
    }

    @Test
    void aTextIsAValue() {
        assertEquals(ChainText.of("chain.block.index", 3L, "2"), ChainText.of("chain.block.index", "3", 2));
        assertNotEquals(ChainText.of("chain.block.index", 3, 2), ChainText.of("chain.block.index", 2, 3));
        assertEquals(ChainText.verbatim("x"), ChainText.verbatim("x"));
        assertEquals(
                "index is 3, expected 2",
                ChainText.of("chain.block.index", 3, 2).toString());
        assertEquals("no.such.key", ChainText.of("no.such.key").in(ZH));
    }

    // ---- every key of the chain layer in every language

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** Texts that are only layout, formulas and arguments: they read the same in every language. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("chain.sandbox.explanation", "chain.proof.worked");

    static Map<String, String> chainTexts(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                ChainTextTest.class.getResourceAsStream("/" + ChainText.BUNDLE.replace('.', '/') + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((key, value) -> {
            if (((String) key).startsWith("chain.")) {
                texts.put((String) key, (String) value);
            }
        });
        return texts;
    }

    @Test
    void everyChainKeyIsSaidInAllThreeLanguages() throws IOException {
        Map<String, String> english = chainTexts(".properties");
        assertTrue(english.size() > 40, "the chain section is in the English bundle");
        assertEquals(english.keySet(), chainTexts("_zh_CN.properties").keySet());
        assertEquals(english.keySet(), chainTexts("_ko.properties").keySet());
        for (String key : english.keySet()) {
            Matcher m = ARGUMENT.matcher(english.get(key));
            Set<String> args = new java.util.TreeSet<>();
            while (m.find()) {
                args.add(m.group(1));
            }
            Object[] values = new Object[args.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = "<" + i + ">";
            }
            ChainText text = ChainText.of(key, values);
            String en = text.english();
            assertNotEquals(key, en, key);
            for (Locale locale : List.of(ZH, KO)) {
                String translated = text.in(locale);
                if (!SAME_IN_EVERY_LANGUAGE.contains(key)) {
                    assertNotEquals(en, translated, key + " is translated for " + locale);
                }
                for (Object value : values) {
                    assertTrue(
                            translated.contains((String) value),
                            key + " in " + locale + " shows " + value + ": " + translated);
                }
            }
        }
    }
}
