package dev.blockdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The nothing-lost rules of adopting a longer chain. */
class ChainReplacementTest {

    private static final Miner MINER = new Miner(1);

    @AfterAll
    static void closeMiner() {
        MINER.close();
    }

    private static Transaction pay(String from, int amount) {
        return Transaction.withId(from, "bob", IntNode.valueOf(amount), TransactionRules.newId());
    }

    /** Two blockchains sharing the genesis block; {@code ours} then mines its own blocks. */
    private static Blockchain fork(Blockchain theirs) {
        try {
            return new Blockchain(theirs.chain(), theirs.rules(), IntNode.valueOf(1));
        } catch (InvalidTransactionException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void transactionsOfDroppedBlocksComeBackUnlessTheNewChainHasThem() {
        Blockchain theirs = TestChains.blockchain(1);
        Blockchain ours = fork(theirs);
        Transaction onlyOurs = pay("alice", 1);
        Transaction both = pay("carol", 2);
        ours.addTransaction(onlyOurs);
        ours.addTransaction(both);
        TestChains.mineOne(ours, MINER);
        theirs.addTransaction(both);
        TestChains.mineOne(theirs, MINER);
        TestChains.mineOne(theirs, MINER);

        ChainReplacement replacement = ours.replace(theirs.chain());
        assertEquals(theirs.chain(), ours.chain());
        assertEquals(2, replacement.forkIndex());
        assertEquals(1, replacement.dropped().size());
        assertEquals(List.of(onlyOurs), replacement.restored());
        assertEquals(List.of(onlyOurs), ours.pending());
    }

    @Test
    void pendingTransactionsTheNewChainHoldsLeavePending() {
        Blockchain theirs = TestChains.blockchain(1);
        Blockchain ours = fork(theirs);
        Transaction shared = pay("alice", 3);
        Transaction mine = pay("dave", 4);
        ours.addTransaction(shared);
        ours.addTransaction(mine);
        theirs.addTransaction(shared);
        TestChains.mineOne(theirs, MINER);

        ChainReplacement replacement = ours.replace(theirs.chain());
        assertEquals(List.of(shared), replacement.confirmed());
        assertEquals(List.of(mine), ours.pending());
        assertEquals(
                new Blockchain.Receipt(2, true, shared),
                ours.addTransaction(shared),
                "a mined id is known after the replacement");
    }

    @Test
    void aPythonNodeKeepsOnlySenderRecipientAndAmountAndStillMatches() {
        Blockchain python = TestChains.blockchain(1);
        Blockchain ours = fork(python);
        Transaction first = pay("alice", 5);
        Transaction second = pay("alice", 5); // the same payment made twice: two transactions
        ours.addTransaction(first);
        ours.addTransaction(second);
        // The Python node received one of them through /transactions/new and dropped the id.
        python.addTransaction(Transaction.of("alice", "bob", IntNode.valueOf(5)));
        TestChains.mineOne(python, MINER);

        ChainReplacement replacement = ours.replace(python.chain());
        assertEquals(List.of(first), replacement.confirmed());
        assertEquals(List.of(second), ours.pending());
    }

    @Test
    void rewardsOfDroppedBlocksAreNotRestoredAndTheChainMustBeLonger() {
        Blockchain theirs = TestChains.blockchain(1);
        Blockchain ours = fork(theirs);
        TestChains.mineOne(ours, MINER);
        TestChains.mineOne(theirs, MINER);
        assertThrows(IllegalArgumentException.class, () -> ours.replace(theirs.chain()), "a tie keeps ours");
        TestChains.mineOne(theirs, MINER);
        ChainReplacement replacement = ours.replace(theirs.chain());
        assertTrue(replacement.restored().isEmpty());
        assertTrue(ours.pending().isEmpty());
    }

    @Test
    void afterAReplacementEachIdNamesTheBlockOfTheAdoptedChainThatHoldsIt() {
        Blockchain theirs = TestChains.blockchain(1);
        Transaction old = pay("dave", 4);
        theirs.addTransaction(old);
        TestChains.mineOne(theirs, MINER); // block 2, shared
        Blockchain ours = fork(theirs);
        Transaction moved = pay("erin", 5);
        Transaction dropped = pay("frank", 6);
        ours.addTransaction(moved);
        ours.addTransaction(dropped);
        TestChains.mineOne(ours, MINER); // our block 3 holds both
        TestChains.mineOne(theirs, MINER); // their block 3 holds neither
        theirs.addTransaction(moved);
        TestChains.mineOne(theirs, MINER); // their block 4 holds one of them

        ours.replace(theirs.chain());

        assertEquals(
                new Blockchain.Receipt(2, true, old),
                ours.addTransaction(old),
                "a shared block's id stays where it was");
        assertEquals(
                new Blockchain.Receipt(4, true, moved),
                ours.addTransaction(moved),
                "an id the adopted chain holds later is at its block");
        assertEquals(
                new Blockchain.Receipt(5, true, dropped),
                ours.addTransaction(dropped),
                "an id only a dropped block held is pending again");
        assertEquals(List.of(dropped), ours.pending());
    }
}
