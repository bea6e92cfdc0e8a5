package dev.blockdesk.chain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The chain and its pending transactions, and the rules that change them: accepting a new
 * transaction, forging a mined block. Not thread-safe: the node holds one lock around it.
 */
public final class Blockchain {

    private final ChainValidator validator;
    private final JsonNode reward;
    private final Mempool mempool = new Mempool();
    private final Set<String> pendingIds = new HashSet<>();
    private final Map<String, Long> blockOfId = new HashMap<>();
    private Chain chain;

    /**
     * @param reward the mining reward amount, checked by {@link TransactionRules#checkAmount}
     */
    public Blockchain(Chain chain, ChainRules rules, JsonNode reward) throws InvalidTransactionException {
        this.chain = Objects.requireNonNull(chain);
        this.validator = new ChainValidator(rules);
        this.reward = TransactionRules.checkAmount(reward).deepCopy();
        indexIds();
    }

    public Chain chain() {
        return chain;
    }

    public List<Transaction> pending() {
        return mempool.snapshot();
    }

    public ChainRules rules() {
        return validator.rules();
    }

    public ChainValidator validator() {
        return validator;
    }

    /** A copy of the mining reward amount. */
    public JsonNode reward() {
        return reward.deepCopy();
    }

    /**
     * Adds a checked transaction to the pending ones and says which block will hold it. A
     * transaction whose id is already pending or in the chain is not added again: the receipt
     * says so, with the block that holds or will hold the first one.
     */
    public Receipt addTransaction(Transaction transaction) {
        String id = transaction.id();
        if (id != null) {
            Long mined = blockOfId.get(id);
            if (mined != null) {
                return new Receipt(mined, true, transaction);
            }
            if (pendingIds.contains(id)) {
                return new Receipt(chain.tip().index() + 1, true, transaction);
            }
            pendingIds.add(id);
        }
        mempool.add(transaction);
        return new Receipt(chain.tip().index() + 1, false, transaction);
    }

    /**
     * Where a transaction went.
     *
     * @param blockIndex the block that holds or will hold it
     * @param duplicate   true when it was already known and nothing changed
     * @param transaction the transaction as it was submitted
     */
    public record Receipt(long blockIndex, boolean duplicate, Transaction transaction) {}

    /**
     * Adopts {@code longer} in place of our chain, losing nothing: transactions of our dropped blocks
     * that {@code longer} lacks become pending again (ahead of the others, being older), and pending
     * transactions that {@code longer} holds stop being pending. Rewards of dropped blocks are gone
     * with them. The caller has validated {@code longer}.
     */
    public ChainReplacement replace(Chain longer) {
        ChainReplacement replacement = planReplacement(longer);
        apply(replacement);
        return replacement;
    }

    /** What {@link #replace} would do, without doing it: so it can be stored first. */
    public ChainReplacement planReplacement(Chain longer) {
        if (longer.length() <= chain.length()) {
            throw new IllegalArgumentException(
                    "a replacement must be longer: " + longer.length() + " blocks against our " + chain.length());
        }
        Chain previous = chain;
        int fork = previous.sharedPrefix(longer);
        long forkIndex = longer.genesis().index() + fork;
        List<Block> dropped = new ArrayList<>(previous.length() - fork);
        BlockBodies.forEach(
                previous.blocks().subList(fork, previous.length()),
                dropped::add); // the same transaction objects for every reader
        // ids in the shared blocks are in our index already: only the blocks after the fork are read
        List<Transaction> candidates = new ArrayList<>();
        dropped.forEach(block ->
                block.transactions().stream().filter(tx -> !tx.isReward()).forEach(candidates::add));
        int fromDropped = candidates.size();
        candidates.addAll(mempool.snapshot());
        TransactionMatcher inLonger = new TransactionMatcher(
                id -> {
                    Long block = blockOfId.get(id);
                    return block != null && block < forkIndex && fork > 0;
                },
                longer.blocks().subList(fork, longer.length()),
                candidates);

        List<Transaction> restored = new ArrayList<>();
        List<Transaction> confirmed = new ArrayList<>();
        List<Transaction> stillPending = new ArrayList<>();
        Set<String> seenIds = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            Transaction tx = candidates.get(i);
            if (tx.id() != null && !seenIds.add(tx.id())) {
                continue; // the same transaction in a dropped block and pending: keep one
            }
            if (inLonger.consume(tx)) {
                if (i >= fromDropped) {
                    confirmed.add(tx);
                }
            } else {
                stillPending.add(tx);
                if (i < fromDropped) {
                    restored.add(tx);
                }
            }
        }
        return new ChainReplacement(
                previous,
                longer,
                forkIndex,
                List.copyOf(dropped),
                List.copyOf(restored),
                List.copyOf(confirmed),
                List.copyOf(stillPending));
    }

    /** Carries out a replacement planned on the current chain. */
    public void apply(ChainReplacement replacement) {
        if (!replacement.previous().equals(chain)) {
            throw new IllegalStateException("the replacement was planned on another chain");
        }
        Chain before = chain;
        chain = replacement.adopted();
        mempool.clear();
        pendingIds.clear();
        replacement.pending().forEach(tx -> {
            mempool.add(tx);
            if (tx.id() != null) {
                pendingIds.add(tx.id());
            }
        });
        reindexFrom(before, replacement.forkIndex());
    }

    /**
     * Brings the id index from {@code before} to the current chain, which shares its blocks below
     * {@code forkIndex}: the ids of the dropped blocks out, those of the added blocks in. The same
     * index as {@link #indexIds()} builds (each id at the first block that holds it), without
     * reading the shared blocks again; from another genesis block, it is built anew.
     */
    private void reindexFrom(Chain before, long forkIndex) {
        if (forkIndex <= chain.genesis().index() || !before.genesis().equals(chain.genesis())) {
            indexIds();
            return;
        }
        for (int i = (int) (forkIndex - before.genesis().index()); i < before.length(); i++) {
            for (String id : before.blocks().get(i).transactionIds()) {
                blockOfId.remove(id, before.blocks().get(i).index());
            }
        }
        List<Block> blocks = chain.blocks();
        for (int i = (int) (forkIndex - chain.genesis().index()); i < blocks.size(); i++) {
            indexIds(blocks.get(i));
        }
    }

    /** True when a transaction with this one's id is pending or in the chain. */
    public boolean isKnown(Transaction transaction) {
        String id = transaction.id();
        return id != null && (pendingIds.contains(id) || blockOfId.containsKey(id));
    }

    private void indexIds() {
        blockOfId.clear();
        chain.blocks().forEach(this::indexIds);
    }

    private void indexIds(Block block) {
        for (String id : block.transactionIds()) {
            blockOfId.putIfAbsent(id, block.index());
        }
    }

    /** Adds transactions restored from storage, in order, without checks beyond the ones they passed before. */
    public void restorePending(List<Transaction> transactions) {
        transactions.forEach(this::addTransaction);
    }

    /** The puzzle a miner solves to extend the current tip. */
    public PowPuzzle puzzle() {
        return rules().proof().puzzleAfter(chain.tip());
    }

    /**
     * Turns a solved puzzle into the next block, as the Python node's {@code /mine}: the pending
     * transactions, then the reward to {@code minerId}. Fails with {@link StaleProofException} when
     * the tip moved since the puzzle was handed out, and changes nothing then.
     */
    public Block forge(PowPuzzle puzzle, long proof, String minerId, double timestamp) throws StaleProofException {
        Block block = nextBlock(puzzle, proof, minerId, timestamp);
        append(block);
        return block;
    }

    /** The block {@link #forge} would add, without adding it: so it can be stored first. */
    public Block nextBlock(PowPuzzle puzzle, long proof, String minerId, double timestamp) throws StaleProofException {
        Block tip = chain.tip();
        if (!puzzle.lastHash().equals(tip.hash()) || !puzzle.rule().equals(rules().proof())) {
            throw new StaleProofException("the chain moved on while mining: block " + puzzle.nextIndex()
                    + " was mined on a tip that is no longer ours");
        }
        List<Transaction> transactions = new ArrayList<>(mempool.snapshot());
        transactions.add(Transaction.reward(minerId, reward));
        Block block = Block.create(tip.index() + 1, timestamp, transactions, proof, tip.hash(), rules().hasher());
        String problem = rules().proof().problem(tip, block);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return block;
    }

    /** The pending transactions as they will be once {@code block} is appended. */
    public List<Transaction> pendingAfter(Block block) {
        Mempool after = new Mempool();
        mempool.snapshot().forEach(after::add);
        after.removeIncluded(block.transactions());
        return after.snapshot();
    }

    /** Adds a block made by {@link #nextBlock} on the current tip; its transactions leave pending. */
    public void append(Block block) {
        chain = chain.append(block);
        mempool.removeIncluded(block.transactions());
        block.transactions().forEach(tx -> pendingIds.remove(tx.id()));
        indexIds(block);
    }
}
