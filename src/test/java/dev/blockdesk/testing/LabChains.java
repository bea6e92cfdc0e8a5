package dev.blockdesk.testing;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.PowPuzzle;
import dev.blockdesk.chain.Transaction;
import java.util.List;

/** Valid chains in every dialect with a payment in each block, mined at a low difficulty, for the sandbox's tests. */
public final class LabChains {

    /** Difficulty 2: a block takes 256 tries on average, so mining in a test is quick but still real. */
    public static final int DIFFICULTY = 2;

    private LabChains() {}

    /** The rules of dialect {@code id} at {@link #DIFFICULTY}. */
    public static ChainRules rules(String id) {
        return Dialects.rules(id, DIFFICULTY);
    }

    /** A valid chain of {@code length} blocks under {@code rules}: after the genesis block, each pays alice → bob its index and rewards the miner. */
    public static Chain mined(ChainRules rules, int length) {
        Chain chain = Chain.startingAt(rules, 1_700_000_000.5);
        while (chain.length() < length) {
            Block tip = chain.tip();
            PowPuzzle puzzle = rules.proof().puzzleAfter(tip);
            long from = rules.proof().firstProof(puzzle);
            long proof = rules.proof().search(puzzle).scan(from, from + 100_000_000);
            List<Transaction> txs = List.of(
                    Transaction.of("alice", "bob", IntNode.valueOf((int) tip.index() + 1)),
                    Transaction.reward("miner", IntNode.valueOf(1)));
            chain = chain.append(
                    Block.create(tip.index() + 1, tip.timestamp() + 1.25, txs, proof, tip.hash(), rules.hasher()));
        }
        return chain;
    }
}
