package dev.blockdesk.chain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The chain and its pending transactions, and the rules that change them: accepting a new
 * transaction, forging a mined block. Not thread-safe: the node holds one lock around it.
 */
public final class Blockchain {

    private final ChainValidator validator;
    private final JsonNode reward;
    private final Mempool mempool = new Mempool();
    private Chain chain;

    /**
     * @param reward the mining reward amount, checked by {@link TransactionRules#checkAmount}
     */
    public Blockchain(Chain chain, ProofOfWork proofOfWork, JsonNode reward) throws InvalidTransactionException {
        this.chain = Objects.requireNonNull(chain);
        this.validator = new ChainValidator(proofOfWork);
        this.reward = TransactionRules.checkAmount(reward).deepCopy();
    }

    public Chain chain() {
        return chain;
    }

    public List<Transaction> pending() {
        return mempool.snapshot();
    }

    public ProofOfWork proofOfWork() {
        return validator.proofOfWork();
    }

    public ChainValidator validator() {
        return validator;
    }

    /** A copy of the mining reward amount. */
    public JsonNode reward() {
        return reward.deepCopy();
    }

    /** Adds a checked transaction to the pending ones and returns the index of the block that will hold it. */
    public long addTransaction(Transaction transaction) {
        mempool.add(transaction);
        return chain.tip().index() + 1;
    }

    /** Adds transactions restored from storage, in order, without checks beyond the ones they passed before. */
    public void restorePending(List<Transaction> transactions) {
        transactions.forEach(mempool::add);
    }

    /** The puzzle a miner solves to extend the current tip. */
    public PowPuzzle puzzle() {
        return PowPuzzle.after(chain.tip(), proofOfWork().difficulty());
    }

    /**
     * Turns a solved puzzle into the next block, as the Python node's {@code /mine}: the pending
     * transactions, then the reward to {@code minerId}. Fails with {@link StaleProofException} when
     * the tip moved since the puzzle was handed out, and changes nothing then.
     */
    public Block forge(PowPuzzle puzzle, long proof, String minerId, double timestamp) throws StaleProofException {
        Block tip = chain.tip();
        if (!puzzle.lastHash().equals(tip.hash()) || puzzle.difficulty() != proofOfWork().difficulty()) {
            throw new StaleProofException("the chain moved on while mining: block " + puzzle.nextIndex()
                    + " was mined on a tip that is no longer ours");
        }
        if (!proofOfWork().isValid(puzzle.lastProof(), Long.toString(proof), puzzle.lastHash())) {
            throw new IllegalArgumentException("proof " + proof + " does not meet " + proofOfWork());
        }
        List<Transaction> transactions = new ArrayList<>(mempool.snapshot());
        transactions.add(Transaction.reward(minerId, reward));
        Block block = Block.create(tip.index() + 1, timestamp, transactions, proof, tip.hash());
        chain = chain.append(block);
        mempool.removeIncluded(block.transactions());
        return block;
    }
}
