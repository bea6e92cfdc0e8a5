package dev.blockdesk.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.util.List;

/**
 * A dialect's genesis block: its index, proof and previous_hash, with no transactions, at any
 * timestamp (the Python nodes never check their genesis block; Blockdesk checks its shape, so a
 * chain from another tutorial is told apart at its first block).
 *
 * @param index        the genesis index
 * @param proof        the genesis proof
 * @param previousHash the previous_hash a new genesis block gets, with its JSON type
 * @param textAccepted whether previous_hash may also be the same number as a string
 *                     ({@code "1"} for {@code 1}: tutorials write both)
 */
record GenesisShape(long index, long proof, JsonNode previousHash, boolean textAccepted) {

    /** Index 1, proof 100, previous_hash {@code "1"} or {@code 1}: dvf's, dvf-early's and chain-study's. */
    static GenesisShape hundred(JsonNode previousHash) {
        return new GenesisShape(1, 100, previousHash, true);
    }

    Block create(double timestamp, BlockHasher hasher) {
        return Block.create(index, timestamp, List.of(), proof, previousHash, hasher);
    }

    /** Why {@code block} is not this genesis, or null. */
    ChainText problem(Block block) {
        if (block.index() != index) {
            return ChainText.of("chain.block.index", block.index(), index);
        }
        if (!previousHashMatches(block)) {
            return ChainText.of("chain.genesis.previousHash", expected(), block.previousHashJson());
        }
        if (!block.proof().equals(BigInteger.valueOf(proof))) {
            return ChainText.of("chain.genesis.proof", proof, block.proofText());
        }
        if (block.transactionCount() != 0) {
            return ChainText.of("chain.genesis.transactions", block.transactionCount());
        }
        return null;
    }

    private boolean previousHashMatches(Block block) {
        if (!block.previousHash().equals(number())) {
            return false;
        }
        return textAccepted || block.previousHashIsText() == previousHash.isTextual();
    }

    /** The genesis previous_hash as text, whatever its JSON type: {@code 1} for both {@code 1} and {@code "1"}. */
    private String number() {
        return previousHash.isTextual()
                ? previousHash.textValue()
                : previousHash.bigIntegerValue().toString();
    }

    private ChainText expected() {
        if (textAccepted) {
            return ChainText.of(
                    "chain.genesis.textOrNumber", CanonicalJson.write(TextNode.valueOf(number())), number());
        }
        return previousHash.isTextual()
                ? ChainText.verbatim(CanonicalJson.write(previousHash))
                : ChainText.of("chain.genesis.integer", number());
    }

    static JsonNode integer(int value) {
        return IntNode.valueOf(value);
    }
}
