package dev.blockdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** A peer's blocks validated on top of the blocks we share with it, with the verdicts a whole chain's validation gives. */
class ChainExtensionTest {

    private static final Chain CHAIN = TestChains.mined(6, 1);
    private static final ChainValidator VALIDATOR = new ChainValidator(new DvfRules(1));

    private static ChainExtension fed(Chain prefix, ArrayNode blocks, int from) {
        ChainExtension extension = VALIDATOR.extend(prefix, CHAIN);
        for (int i = from; i < blocks.size(); i++) {
            extension.add(blocks.get(i));
        }
        return extension;
    }

    @Test
    void theBlocksAfterASharedPrefixMakeTheWholeChainKeepingOurBlocks() {
        ArrayNode blocks = TestChains.toJson(CHAIN);
        ChainExtension extension = fed(CHAIN.prefix(3), blocks, 3);
        ValidationResult result = extension.result();
        assertTrue(result.isValid());
        assertEquals(CHAIN, result.chain().orElseThrow());
        assertSame(CHAIN.block(5), result.chain().orElseThrow().block(5), "a block equal to ours is our object");
        assertEquals(
                CHAIN,
                fed(null, blocks, 0).result().chain().orElseThrow(),
                "from the genesis block when nothing is shared");
    }

    @Test
    void aBadBlockGetsTheReasonAndNumberAValidationOfTheWholeChainGives() {
        ArrayNode blocks = TestChains.toJson(CHAIN);
        ((ObjectNode) blocks.get(4)).put("previous_hash", "ab".repeat(32));
        ChainExtension extension = fed(CHAIN.prefix(3), blocks, 3);
        assertTrue(extension.failed());
        assertEquals(
                VALIDATOR.validate((JsonNode) blocks).describe(),
                extension.result().describe());
        assertEquals(
                "block 5: previous_hash does not match the hash of block 4",
                extension.result().describe());

        ArrayNode skipping = TestChains.toJson(CHAIN);
        assertEquals(
                "block 4: index is 5, expected 4",
                fed(CHAIN.prefix(3), skipping, 4).result().describe(),
                "the first block is checked against our block at the shared height");
        ArrayNode genesis = TestChains.toJson(CHAIN);
        ((ObjectNode) genesis.get(0)).put("proof", 7);
        assertEquals(
                VALIDATOR.validate((JsonNode) genesis).describe(),
                fed(null, genesis, 0).result().describe());
    }

    @Test
    void aFaultOfTheAnswersIsAVerdictOnTheChain() {
        ChainExtension extension = VALIDATOR.extend(CHAIN.prefix(2), CHAIN);
        extension.fail("its page was not the one asked");
        assertFalse(extension.result().isValid());
        assertEquals("chain: its page was not the one asked", extension.result().describe());
        assertEquals(
                "chain: the chain is empty; it needs at least a genesis block",
                VALIDATOR.extend(null, null).result().describe());
    }

    @Test
    void aPrefixSharesItsChainsBlocksAndGrowsApart() {
        Chain prefix = CHAIN.prefix(4);
        assertSame(CHAIN, CHAIN.prefix(CHAIN.length()));
        assertEquals(CHAIN.block(4), prefix.tip());
        Chain regrown = prefix.append(CHAIN.block(5)).append(CHAIN.block(6));
        assertEquals(CHAIN, regrown);
        assertEquals(CHAIN.blocks(), regrown.blocks());
        assertEquals(6, CHAIN.length(), "the chain a prefix came from is unchanged");
        assertEquals(4, prefix.length());
        assertEquals(
                CHAIN.blocksLength(), regrown.blocksLength(), "the byte length carried along equals the one counted");
    }
}
