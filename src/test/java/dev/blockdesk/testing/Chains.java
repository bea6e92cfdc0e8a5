package dev.blockdesk.testing;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.BlockHasher;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.PowPuzzle;
import java.util.List;

/** Chains for tests outside {@code chain}: blocks without transactions, one second apart, proof 0 (difficulty 0 takes any proof). */
public final class Chains {

    private Chains() {}

    /** {@code chain} with {@code blocks} more blocks. */
    public static Chain grow(Chain chain, int blocks) {
        for (int i = 0; i < blocks; i++) {
            Block tip = chain.tip();
            chain = chain.append(Block.create(
                    tip.index() + 1, tip.timestamp() + 1, List.of(), 0, tip.hash(), BlockHasher.SORTED_JSON));
        }
        return chain;
    }

    /**
     * {@code chain} with {@code blocks} more blocks {@code seconds} apart: two branches grown from one
     * chain with different steps part at once, as two nodes mining at the same height do.
     */
    public static Chain branch(Chain chain, int blocks, double seconds) {
        for (int i = 0; i < blocks; i++) {
            Block tip = chain.tip();
            chain = chain.append(Block.create(
                    tip.index() + 1, tip.timestamp() + seconds, List.of(), 0, tip.hash(), BlockHasher.SORTED_JSON));
        }
        return chain;
    }

    /** {@code chain} with {@code blocks} more blocks mined under {@code rules}: the smallest proofs, one second apart. */
    public static Chain grow(Chain chain, ChainRules rules, int blocks) {
        for (int i = 0; i < blocks; i++) {
            Block tip = chain.tip();
            PowPuzzle puzzle = rules.proof().puzzleAfter(tip);
            long from = rules.proof().firstProof(puzzle);
            long proof = rules.proof().search(puzzle).scan(from, from + 100_000_000);
            chain = chain.append(
                    Block.create(tip.index() + 1, tip.timestamp() + 1, List.of(), proof, tip.hash(), rules.hasher()));
        }
        return chain;
    }
}
