package dev.blockdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockchainTest {

    @Test
    void theGenesisBlockHasThePythonShape() {
        Block genesis = new DvfRules(1).genesis(1528705939.274652);
        assertEquals(
                "{\"index\": 1, \"previous_hash\": \"1\", \"proof\": 100, \"timestamp\": 1528705939.274652, \"transactions\": []}",
                genesis.canonicalJson());
        assertEquals(null, new DvfRules(1).genesisProblem(genesis));
    }

    @Test
    void addingATransactionNamesTheBlockThatWillHoldIt() throws Exception {
        Blockchain blockchain = TestChains.blockchain(1);
        Transaction tx = TransactionRules.validateNew(
                WireJson.parse("{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": 5}"));
        assertEquals(new Blockchain.Receipt(2, false, tx), blockchain.addTransaction(tx));
        assertEquals(List.of(tx), blockchain.pending());
        assertEquals(
                new Blockchain.Receipt(2, true, tx),
                blockchain.addTransaction(tx),
                "the same id twice is one transaction");
        assertEquals(List.of(tx), blockchain.pending());
    }

    @Test
    void aMinedBlockHoldsThePendingTransactionsThenTheReward() throws Exception {
        Blockchain blockchain =
                new Blockchain(Chain.startingAt(new DvfRules(0), 1.5), new DvfRules(2), DoubleNode.valueOf(2.5));
        Transaction pay = Transaction.of("alice", "bob", IntNode.valueOf(3));
        blockchain.addTransaction(pay);
        Block block;
        try (Miner miner = new Miner(2)) {
            block = TestChains.mineOne(blockchain, miner);
        }
        assertEquals(2, block.index());
        assertEquals(blockchain.chain().genesis().hash(), block.previousHash());
        assertEquals(List.of(pay, Transaction.reward(TestChains.MINER, DoubleNode.valueOf(2.5))), block.transactions());
        assertEquals("2.5", block.transactions().get(1).amountText());
        assertTrue(blockchain.pending().isEmpty());
        assertTrue(new ChainValidator(new DvfRules(2))
                .validate(blockchain.chain().blocks())
                .isValid());
        assertEquals(new BigDecimal("2.5"), new Ledger(blockchain.chain()).balance(TestChains.MINER));
    }

    @Test
    void aProofForAnOldTipIsRefusedAndChangesNothing() throws Exception {
        Blockchain blockchain = TestChains.blockchain(1);
        PowPuzzle old = blockchain.puzzle();
        try (Miner miner = new Miner(1)) {
            long proof = miner.mine(old).result().get();
            TestChains.mineOne(blockchain, miner);
            Chain before = blockchain.chain();
            assertThrows(StaleProofException.class, () -> blockchain.forge(old, proof, "me", 1.0));
            assertEquals(before, blockchain.chain());
        }
    }

    @Test
    void theRewardMustBeAnAcceptableAmount() {
        assertThrows(
                InvalidTransactionException.class,
                () -> new Blockchain(Chain.startingAt(new DvfRules(0), 1.0), new DvfRules(1), IntNode.valueOf(0)));
    }

    @Test
    void mempoolRemovesEachIncludedTransactionOnce() {
        Mempool mempool = new Mempool();
        Transaction pay = Transaction.of("a", "b", IntNode.valueOf(1));
        Transaction other = Transaction.of("a", "c", IntNode.valueOf(1));
        mempool.add(pay);
        mempool.add(other);
        mempool.add(pay);
        assertEquals(1, mempool.removeIncluded(List.of(pay)));
        assertEquals(List.of(other, pay), mempool.snapshot());
    }

    @Test
    void appendingChecksTheLink() {
        Chain chain = Chain.startingAt(new DvfRules(0), 1.0);
        Block unlinked = Block.create(2, 2.0, List.of(), 5, "f".repeat(64), BlockHasher.SORTED_JSON);
        assertThrows(IllegalArgumentException.class, () -> chain.append(unlinked));
        Block skipping = Block.create(3, 2.0, List.of(), 5, chain.tip().hash(), BlockHasher.SORTED_JSON);
        assertThrows(IllegalArgumentException.class, () -> chain.append(skipping));
    }
}
