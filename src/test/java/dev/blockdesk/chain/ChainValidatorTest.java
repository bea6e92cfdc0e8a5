package dev.blockdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ChainValidatorTest {

    private static final ChainValidator DIFFICULTY_2 = new ChainValidator(new DvfRules(2));
    private static final Chain CHAIN = TestChains.mined(6, 2);

    private static ArrayNode chainJson() {
        return TestChains.toJson(CHAIN);
    }

    private static ObjectNode block(ArrayNode chain, int position) {
        return (ObjectNode) chain.get(position - 1);
    }

    private static java.io.InputStream stream(Chain chain) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        chain.writeDocument(out);
        return new java.io.ByteArrayInputStream(out.toByteArray());
    }

    @Test
    void aPeersChainKeepsOurObjectsForTheBlocksItSharesWithOurs() throws Exception {
        Blockchain peer = TestChains.blockchain(2);
        try (Miner miner = new Miner(1)) {
            peer.replace(CHAIN);
            TestChains.mineOne(peer, miner);
            TestChains.mineOne(peer, miner);
        }
        Chain longer = peer.chain();
        Chain ours = DIFFICULTY_2
                .validate(TestChains.toJson(CHAIN))
                .chain()
                .orElseThrow(); // our own objects, equal to CHAIN's

        Chain read = DIFFICULTY_2.validate(stream(longer), ours).chain().orElseThrow();
        assertEquals(longer, read);
        for (int i = 1; i <= ours.length(); i++) {
            assertSame(ours.block(i), read.block(i), "block " + i + " is shared, not a second copy");
        }
        assertEquals(longer.block(7), read.block(7));
        assertNotSame(longer.block(7), read.block(7), "a block we do not hold is the one read");

        Chain unrelated =
                Chain.startingAt(new DvfRules(0), TestChains.GENESIS_TIME + 1); // another genesis: nothing shared
        Chain other = DIFFICULTY_2.validate(stream(longer), unrelated).chain().orElseThrow();
        assertEquals(longer, other);
        assertNotSame(ours.block(1), other.block(1));
    }

    @Test
    void aChainMadeByThePythonNodeIsValid() {
        ValidationResult result =
                new ChainValidator(new DvfRules(4)).validate(WireJson.parse(Vectors.text("python-chain.json")));
        assertTrue(result.isValid(), result.describe());
        assertEquals(7, result.chain().orElseThrow().length());
        assertEquals("valid, 7 blocks", result.describe());
    }

    @Test
    void ourOwnChainIsValidAsDocumentOrBareArray() {
        assertTrue(DIFFICULTY_2.validate(chainJson()).isValid());
        assertTrue(DIFFICULTY_2.validate(TestChains.document(CHAIN)).isValid());
        assertTrue(DIFFICULTY_2.validate(CHAIN.blocks()).isValid());
    }

    @Test
    void aTamperedTransactionBreaksTheNextLink() {
        ArrayNode chain = chainJson();
        ((ObjectNode) block(chain, 3).get("transactions").get(0)).put("amount", 1_000_000);
        assertInvalid(chain, 4, "previous_hash does not match the hash of block 3");
    }

    @Test
    void aWrongPreviousHashIsNamed() {
        ArrayNode chain = chainJson();
        block(chain, 3).put("previous_hash", "0".repeat(64));
        assertInvalid(chain, 3, "previous_hash does not match the hash of block 2");
    }

    @Test
    void aProofThatMissesTheDifficultyIsNamed() {
        ArrayNode chain = chainJson();
        // Re-link the rest so that only the proof is wrong.
        ObjectNode fifth = block(chain, 5);
        long proof = fifth.get("proof").asLong();
        ProofOfWork pow = new ProofOfWork(2);
        Block fourth = blockOf(block(chain, 4));
        long bad = proof + 1;
        while (pow.isValid(fourth.proofText(), Long.toString(bad), fourth.hash())) {
            bad++;
        }
        fifth.put("proof", bad);
        assertInvalid(chain, 5, "proof " + bad + " does not meet difficulty 2");
    }

    @Test
    void theSameChainIsInvalidAtAHigherDifficulty() {
        ValidationResult result = new ChainValidator(new DvfRules(6)).validate(chainJson());
        assertFalse(result.isValid());
        assertEquals(2, result.badBlock());
        assertTrue(result.reason().endsWith("does not meet difficulty 6"), result.reason());
    }

    @Test
    void indexesMustRunOneTwoThree() {
        ArrayNode chain = chainJson();
        block(chain, 2).put("index", 7);
        assertInvalid(chain, 2, "index is 7, expected 2");
    }

    @Test
    void fieldsMustHaveTheirJsonTypes() {
        assertShape(b -> b.put("transactions", "none"), "transactions must be an array");
        assertShape(b -> b.withArray("transactions").add(5), "transaction 3 must be a JSON object");
        assertShape(b -> b.put("proof", 1.5), "proof must be an integer, found 1.5");
        assertShape(b -> b.put("proof", "35293"), "proof must be an integer, found \"35293\"");
        assertShape(b -> b.put("index", "4"), "index must be an integer, found \"4\"");
        assertShape(b -> b.put("timestamp", "yesterday"), "timestamp must be a finite number, found \"yesterday\"");
        assertShape(b -> b.put("timestamp", Double.NaN), "timestamp must be a finite number, found NaN");
        assertShape(b -> b.putNull("previous_hash"), "previous_hash must be a string, found null");
        assertShape(b -> b.remove("proof"), "missing field \"proof\"");
        assertShape(b -> b.remove("timestamp"), "missing field \"timestamp\"");
    }

    @Test
    void aBlockMustBeAnObject() {
        ArrayNode chain = chainJson();
        chain.set(2, chain.textNode("block"));
        assertInvalid(chain, 3, "must be a JSON object");
    }

    @Test
    void theGenesisBlockMustHaveTheGenesisShape() {
        ArrayNode chain = chainJson();
        block(chain, 1).put("previous_hash", "abc");
        assertInvalid(chain, 1, "genesis previous_hash must be \"1\" or 1, found \"abc\"");
        chain = chainJson();
        block(chain, 1).put("proof", 101);
        assertInvalid(chain, 1, "genesis proof must be 100, found 101");
        chain = chainJson();
        block(chain, 1).withArray("transactions").addObject().put("sender", "0");
        assertInvalid(chain, 1, "genesis block must have no transactions, found 1");
    }

    @Test
    void aDifferentGenesisTimestampIsAccepted() {
        // Every Python node makes its own genesis; peers never check it, and neither does the rule.
        Chain other = TestChains.blockchain(2).chain();
        assertTrue(DIFFICULTY_2.validate(TestChains.toJson(other)).isValid());
    }

    @Test
    void theClaimedLengthIsIgnored() {
        ObjectNode document = (ObjectNode) TestChains.document(CHAIN);
        document.put("length", 1000);
        ValidationResult result = DIFFICULTY_2.validate(document);
        assertTrue(result.isValid());
        assertEquals(6, result.chain().orElseThrow().length());
    }

    @Test
    void documentsThatAreNotChainsAreRefusedAsAWhole() {
        assertDocument(WireJson.parse("[]"), "the chain is empty; it needs at least a genesis block");
        assertDocument(WireJson.parse("{\"length\": 3}"), "no \"chain\" field in the document");
        assertDocument(
                WireJson.parse("{\"chain\": {}}"),
                "expected a JSON array of blocks, or an object with a \"chain\" array");
        assertDocument(
                WireJson.parse("\"chain\""), "expected a JSON array of blocks, or an object with a \"chain\" array");
    }

    @Test
    void theFirstBadBlockIsReported() {
        ArrayNode chain = chainJson();
        block(chain, 5).put("index", 9);
        block(chain, 3).put("proof", "x");
        assertInvalid(chain, 3, "proof must be an integer, found \"x\"");
    }

    @Test
    void unknownFieldsArePartOfTheHash() {
        ArrayNode chain = chainJson();
        block(chain, 2).put("note", "added later");
        assertInvalid(chain, 3, "previous_hash does not match the hash of block 2");
    }

    @Test
    void aLongChainIsValidatedInParallelWithTheSameVerdict() {
        Chain longChain = TestChains.mined(2_500, 1);
        ArrayNode json = TestChains.toJson(longChain);
        ValidationResult ok = new ChainValidator(new DvfRules(1)).validate(json);
        assertTrue(ok.isValid(), ok.describe());
        block(json, 2_401).put("previous_hash", "f".repeat(64));
        block(json, 2_450).remove("proof");
        ValidationResult bad = new ChainValidator(new DvfRules(1)).validate(json);
        assertEquals("block 2401: previous_hash does not match the hash of block 2400", bad.describe());
    }

    private static Block blockOf(JsonNode json) {
        try {
            return Block.fromJson(json, BlockHasher.SORTED_JSON);
        } catch (InvalidBlockException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertShape(java.util.function.Consumer<ObjectNode> damage, String reason) {
        ArrayNode chain = chainJson();
        damage.accept(block(chain, 4));
        assertInvalid(chain, 4, reason);
    }

    private static void assertInvalid(JsonNode chain, int badBlock, String reason) {
        ValidationResult result = DIFFICULTY_2.validate(chain);
        assertFalse(result.isValid(), "expected invalid: " + reason);
        assertEquals("block " + badBlock + ": " + reason, result.describe());
        assertEquals(badBlock, result.badBlock());
        assertEquals(reason, result.reason());
    }

    private static void assertDocument(JsonNode document, String reason) {
        ValidationResult result = DIFFICULTY_2.validate(document);
        assertFalse(result.isValid());
        assertEquals(0, result.badBlock());
        assertEquals("chain: " + reason, result.describe());
    }
}
