package dev.blockdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dialects against vectors that tools/gen_dialect_vectors.py made by running each seed node's
 * own code (hash, proof search, mining, serving) in python3: the byte-exact truth Blockdesk must match.
 */
class DialectVectorsTest {

    private static List<JsonNode> lines(String name) {
        return Vectors.lines("dialects/" + name).stream()
                .map(line -> WireJson.parse(line.getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    @Test
    void everyBlockHashesAsItsSeedNodeHashesIt() throws InvalidBlockException {
        int checked = 0;
        for (JsonNode vector : lines("block-hash.jsonl")) {
            ChainRules rules = Dialects.rules(vector.get("dialect").textValue(), 4);
            String name = vector.get("dialect").textValue() + ": "
                    + vector.get("name").textValue();
            Block block = Block.fromJson(vector.get("block"), rules.hasher());
            assertEquals(vector.get("hash").textValue(), block.hash(), name);
            if (vector.has("hash_sorted")) {
                assertEquals(
                        vector.get("hash_sorted").textValue(),
                        PyscoopRules.sortedHash(block),
                        name + " (after an adoption)");
            }
            checked++;
        }
        assertEquals(68, checked);
    }

    @Test
    void theMinerFindsTheProofTheSeedNodeFindsAndTheRulesJudgeAsItDoes() {
        int searched = 0;
        for (JsonNode vector : lines("proofs.jsonl")) {
            ChainRules rules = Dialects.rules(vector.get("dialect").textValue(), 4);
            BigInteger last = vector.get("last_proof").bigIntegerValue();
            BigInteger proof = vector.get("proof").bigIntegerValue();
            String name = rules.id() + " " + last + " -> " + proof;
            Block previous = block(rules, 2, last);
            String problem = rules.proof().problem(previous, block(rules, 3, proof));
            boolean valid = !vector.has("valid") || vector.get("valid").booleanValue();
            if (valid) {
                assertNull(problem, name);
            } else {
                assertNotNull(problem, name);
            }
            if (!vector.has("valid") && last.bitLength() < 62) {
                PowPuzzle puzzle = rules.proof().puzzleAfter(previous);
                long from = rules.proof().firstProof(puzzle);
                assertEquals(
                        proof.longValueExact(), rules.proof().search(puzzle).scan(from, from + 10_000_000), name);
                searched++;
            }
        }
        assertTrue(searched >= 18, "searched " + searched);
    }

    @Test
    void eachSeedNodesChainIsValidInItsDialectAndOnlyThere() throws IOException {
        assertDialect("dvf-early-chain.json", "dvf-early", 5);
        assertDialect("chain-study-chain.json", "chain-study", 5);
        assertDialect("chain-study-chains_old.json", "chain-study", 11);
        assertDialect("pyscoop-chain.json", "pyscoop", 6);
    }

    @Test
    void pythonReprMatchesCpython() {
        for (JsonNode vector : lines("python-repr.jsonl")) {
            if (vector.has("repr")) {
                assertEquals(
                        vector.get("repr").textValue(),
                        PythonRepr.repr(vector.get("value"), PythonRepr.KeyOrder.GIVEN),
                        vector.get("value").toString());
            } else {
                assertEquals(
                        vector.get("str").textValue(),
                        PythonRepr.str(vector.get("value")),
                        vector.get("value").toString());
            }
        }
    }

    private static void assertDialect(String file, String dialect, int length) throws IOException {
        byte[] bytes = Vectors.text("dialects/" + file).getBytes(StandardCharsets.UTF_8);
        Dialects.Detection found = Dialects.detect(new ByteArrayInputStream(bytes), Dialects.all(4), true);
        assertEquals(dialect, found.names(), file);
        assertEquals(length, found.bestResult().length(), file);
        ValidationResult own = new ChainValidator(Dialects.rules(dialect, 4)).validate(new ByteArrayInputStream(bytes));
        assertTrue(own.isValid(), own.describe());
    }

    private static Block block(ChainRules rules, long index, BigInteger proof) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("index", index);
        json.put("timestamp", 1.5e9 + index);
        json.putArray("transactions");
        json.put("proof", proof);
        json.put("previous_hash", "00");
        try {
            return Block.fromJson(json, rules.hasher());
        } catch (InvalidBlockException e) {
            throw new AssertionError(e);
        }
    }
}
