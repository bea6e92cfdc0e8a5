package dev.blockdesk.chain.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.ValidationResult;
import dev.blockdesk.chain.lab.SandboxChain.TxField;
import dev.blockdesk.testing.LabChains;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Export writes a tampered chain that every importer refuses with the reason; Open holds any chain file. */
class SandboxFileTest {

    @ParameterizedTest
    @ValueSource(strings = {"dvf", "dvf-early", "chain-study", "pyscoop"})
    void anExportedTamperedChainIsRefusedWithTheReasonAndOpensWithItsFirstBadBlockRed(String dialect) throws Exception {
        ChainRules rules = LabChains.rules(dialect);
        SandboxChain chain = SandboxChain.of(rules, LabChains.mined(rules, 6));
        byte[] untouched = export(chain);
        assertTrue(
                new ChainValidator(rules)
                        .validate(new ByteArrayInputStream(untouched))
                        .isValid(),
                "an untouched sandbox exports a valid chain file in the dialect's shape");
        assertEquals(dialect.equals("chain-study") ? '[' : '{', (char) untouched[0]);

        chain.setTransactionText(2, 0, TxField.AMOUNT, "1000");
        byte[] tampered = export(chain);

        ValidationResult verdict = new ChainValidator(rules).validate(new ByteArrayInputStream(tampered));
        assertFalse(verdict.isValid());
        assertEquals(
                "block " + chain.indexAt(3) + ": previous_hash does not match the hash of block " + chain.indexAt(2),
                verdict.describe());

        SandboxFile.Opened opened =
                SandboxFile.read(tampered, Dialects.oursFirst(LabChains.rules("dvf"), LabChains.DIFFICULTY));
        assertEquals(dialect, opened.chain().rules().id(), "the dialect the file fits best");
        assertEquals(3, opened.chain().firstInvalid());
        assertTrue(opened.chain().isValid(2));
        assertEquals(chain.hash(2), opened.chain().hash(2));
    }

    @Test
    void aFileThatIsNotAChainGetsAClearError() {
        var candidates = Dialects.all(LabChains.DIFFICULTY);
        String notJson = assertThrows(
                        SandboxFile.UnreadableChainException.class,
                        () -> SandboxFile.read(bytes("this is text"), candidates))
                .getMessage();
        assertTrue(
                notJson.startsWith(
                        "this is not a JSON file (malformed JSON at line 1, column 1: Unrecognized token 'this'"),
                notJson);
        assertEquals(
                "the JSON object has no \"chain\" list of blocks",
                assertThrows(
                                SandboxFile.UnreadableChainException.class,
                                () -> SandboxFile.read(bytes("{\"blocks\": []}"), candidates))
                        .getMessage());
        assertEquals(
                "expected a list of blocks, or an object with a \"chain\" list, found int",
                assertThrows(
                                SandboxFile.UnreadableChainException.class,
                                () -> SandboxFile.read(bytes("42"), candidates))
                        .getMessage());
        assertEquals(
                "the chain has no blocks",
                assertThrows(
                                SandboxFile.UnreadableChainException.class,
                                () -> SandboxFile.read(bytes("[]"), candidates))
                        .getMessage());
        assertEquals(
                "block 2 of the list is not a JSON object but str: \"x\"",
                assertThrows(
                                SandboxFile.UnreadableChainException.class,
                                () -> SandboxFile.read(bytes("[{}, \"x\"]"), candidates))
                        .getMessage());
    }

    @Test
    void aFileTooLongOrWithTooManyTransactionsForTheSandboxIsRefusedBeforeItIsBuilt() {
        var candidates = Dialects.all(LabChains.DIFFICULTY);
        String manyBlocks = "{\"chain\": [" + "{}, ".repeat(SandboxFile.MAX_BLOCKS) + "{}]}";
        assertEquals(
                "the file holds more than 20,000 blocks; the sandbox opens chains of up to 20,000 blocks",
                assertThrows(
                                SandboxFile.UnreadableChainException.class,
                                () -> SandboxFile.read(bytes(manyBlocks), candidates))
                        .getMessage());
        String bigBlock = "[{}, {\"transactions\": [" + "1, ".repeat(SandboxFile.MAX_TRANSACTIONS) + "1]}]";
        assertEquals(
                "block 2 of the list holds more than 1,000 transactions; the sandbox shows blocks of up to 1,000",
                assertThrows(
                                SandboxFile.UnreadableChainException.class,
                                () -> SandboxFile.read(bytes(bigBlock), candidates))
                        .getMessage());
        String cutShort = assertTimeoutPreemptively(
                        java.time.Duration.ofSeconds(10),
                        () -> assertThrows(
                                SandboxFile.UnreadableChainException.class,
                                () -> SandboxFile.read(bytes("[{\"transactions\": [1, 2"), candidates)))
                .getMessage();
        assertTrue(cutShort.startsWith("this is not a JSON file"), cutShort);
    }

    @Test
    void aTransactionThatIsNotAnObjectBecomesOneWhenTyped() throws Exception {
        SandboxFile.Opened opened =
                SandboxFile.read(bytes("[{\"index\": 1, \"transactions\": [5]}]"), Dialects.all(LabChains.DIFFICULTY));
        opened.chain().setTransactionText(0, 0, SandboxChain.TxField.AMOUNT, "7");

        assertEquals(
                "{\"amount\":7}",
                opened.chain().json(0).get("transactions").get(0).toString());
    }

    @Test
    void aChainOfBrokenBlocksStillOpens() throws Exception {
        SandboxFile.Opened opened =
                SandboxFile.read(bytes("{\"chain\": [{\"index\": \"one\"}, {}]}"), Dialects.all(LabChains.DIFFICULTY));
        assertEquals(2, opened.chain().size());
        assertEquals(0, opened.chain().firstInvalid());
        assertEquals("index must be an integer, found \"one\"", opened.chain().reason(0));
        assertEquals("missing field \"index\"", opened.chain().ownProblem(1));
    }

    private static byte[] export(SandboxChain chain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SandboxFile.write(chain, out);
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
