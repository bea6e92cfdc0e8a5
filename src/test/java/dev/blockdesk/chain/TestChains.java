package dev.blockdesk.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.concurrent.ExecutionException;

/** Real chains, mined with the real miner at a low difficulty, for tests. */
final class TestChains {

    static final String MINER = "6f1e0d2c3b4a59687766554433221100";
    static final double GENESIS_TIME = 1763700000.5;

    private TestChains() {}

    static Blockchain blockchain(int difficulty) {
        try {
            return new Blockchain(
                    Chain.startingAt(new DvfRules(difficulty), GENESIS_TIME),
                    new DvfRules(difficulty),
                    IntNode.valueOf(1));
        } catch (InvalidTransactionException e) {
            throw new AssertionError(e);
        }
    }

    /** Mines one block on {@code blockchain} with the pending transactions and a reward. */
    static Block mineOne(Blockchain blockchain, Miner miner) {
        PowPuzzle puzzle = blockchain.puzzle();
        try {
            long proof = miner.mine(puzzle).result().get();
            return blockchain.forge(puzzle, proof, MINER, GENESIS_TIME + puzzle.nextIndex() * 2.25);
        } catch (InterruptedException | ExecutionException | StaleProofException e) {
            throw new AssertionError(e);
        }
    }

    /** A chain of {@code length} blocks, each after the genesis with one payment and the reward. */
    static Chain mined(int length, int difficulty) {
        Blockchain blockchain = blockchain(difficulty);
        try (Miner miner = new Miner(1)) {
            while (blockchain.chain().length() < length) {
                long i = blockchain.chain().length();
                blockchain.addTransaction(Transaction.of("alice", "bob", IntNode.valueOf((int) i)));
                mineOne(blockchain, miner);
            }
        }
        return blockchain.chain();
    }

    static ArrayNode toJson(Chain chain) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        chain.blocks().forEach(b -> array.add(b.toJson()));
        return array;
    }

    static JsonNode document(Chain chain) {
        return JsonNodeFactory.instance
                .objectNode()
                .put("length", chain.length())
                .set("chain", toJson(chain));
    }
}
