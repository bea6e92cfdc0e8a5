package dev.blockdesk.node;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.BlockBodies;
import dev.blockdesk.chain.Blockchain;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainReplacement;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.InvalidTransactionException;
import dev.blockdesk.chain.PowPuzzle;
import dev.blockdesk.chain.StaleProofException;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.store.Store;
import dev.blockdesk.store.StoreException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The node's chain and pending transactions: every change happens under one lock, is committed to
 * the store before it is applied (so before it is answered or shown), and is then published as
 * immutable snapshots for readers and as an event for listeners. A store failure changes nothing
 * and reaches the caller as a {@link StoreException}.
 */
final class ChainState {

    /** The name of the setting that records the node's dialect with its chain. */
    public static final String DIALECT_SETTING = "dialect";

    private static final System.Logger LOG = System.getLogger(ChainState.class.getName());

    private final Object lock = new Object();
    private Blockchain blockchain;
    private final Store store;
    private final String minerId;
    private final Listeners listeners;
    private volatile Chain chain;
    private volatile List<Transaction> pending;
    private volatile ChainValidator validator;
    private final Orphans orphans;

    ChainState(Blockchain blockchain, Store store, String minerId, Listeners listeners) {
        this.blockchain = blockchain;
        this.store = store;
        this.minerId = minerId;
        this.listeners = listeners;
        this.orphans = Orphans.load(store, blockchain.rules().hasher());
        publish();
    }

    /** Our blocks that longer chains dropped, the last thousand, oldest first; immutable. */
    List<Orphan> orphans() {
        return orphans.all();
    }

    /** The chain as it is now; immutable. */
    Chain chain() {
        return chain;
    }

    /** The pending transactions as they are now; immutable. */
    List<Transaction> pending() {
        return pending;
    }

    /**
     * Adds a checked transaction to the pending ones, durably; a known id changes nothing.
     *
     * @throws StoreException when it could not be stored: it is then not pending either
     */
    Blockchain.Receipt submit(Transaction transaction) {
        try {
            return submit(transaction, (tx, chain, pending) -> {});
        } catch (InvalidTransactionException e) {
            throw new AssertionError("no check, no refusal", e);
        }
    }

    /** A node's own rule for new transactions, checked under the lock against the chain and pending ones as they are. */
    @FunctionalInterface
    interface TransactionCheck {
        void check(Transaction transaction, Chain chain, List<Transaction> pending) throws InvalidTransactionException;
    }

    /**
     * {@link #submit(Transaction)}, when a transaction not yet known passes {@code check}.
     *
     * @throws InvalidTransactionException the reason {@code check} refused it: nothing changed
     */
    Blockchain.Receipt submit(Transaction transaction, TransactionCheck check) throws InvalidTransactionException {
        Blockchain.Receipt receipt;
        synchronized (lock) {
            if (!blockchain.isKnown(transaction)) {
                check.check(transaction, blockchain.chain(), blockchain.pending());
                store.addPending(transaction);
            }
            receipt = blockchain.addTransaction(transaction);
            publish();
        }
        if (!receipt.duplicate()) {
            listeners.fire(l -> l.transactionAdded(transaction));
        }
        return receipt;
    }

    /** The puzzle a miner solves to extend the current tip. */
    PowPuzzle puzzle() {
        synchronized (lock) {
            return blockchain.puzzle();
        }
    }

    /**
     * Turns a solved puzzle into our next block: stored, then appended, then announced.
     *
     * @throws StaleProofException when the tip moved since the puzzle was handed out
     * @throws StoreException      when the block could not be stored: the chain is unchanged
     */
    Block forge(PowPuzzle puzzle, long proof) throws StaleProofException {
        Block block;
        synchronized (lock) {
            block = blockchain.nextBlock(puzzle, proof, minerId, Block.now());
            store.appendBlock(block, blockchain.pendingAfter(block));
            blockchain.append(block);
            keepBodiesInStore(List.of(block));
            publish();
        }
        listeners.fire(l -> l.blockMined(block));
        return block;
    }

    /**
     * Replaces our chain with a longer valid one in one store transaction, losing no transaction,
     * unless ours has grown as long meanwhile. Listeners hear of the replacement and, when it
     * dropped blocks of ours, of the {@link Reorg}.
     *
     * @param source whose chain it is: a peer's address, or a file
     * @return what the replacement did, or empty when {@code longer} is not longer than our chain
     * @throws StoreException when the replacement could not be stored: the chain is unchanged
     */
    Optional<ChainReplacement> adopt(Chain longer, String source) {
        ChainReplacement replacement;
        Instant now = Instant.now();
        synchronized (lock) {
            if (longer.length() <= blockchain.chain().length()) {
                return Optional.empty();
            }
            replacement = blockchain.planReplacement(longer);
            store.replaceBlocks(replacement.forkIndex(), replacement.added(), replacement.pending());
            blockchain.apply(replacement);
            keepBodiesInStore(replacement.added());
            orphans.add(replacement.dropped(), now);
            publish();
        }
        listeners.fire(l -> l.chainReplaced(replacement));
        Reorg reorg = Reorg.of(replacement, source, minerId, now);
        if (reorg != null) {
            log(reorg);
            listeners.fire(l -> l.reorganized(reorg));
        }
        return Optional.of(replacement);
    }

    private static void log(Reorg reorg) {
        List<Block> dropped = reorg.dropped();
        LOG.log(
                System.Logger.Level.WARNING,
                "reorganisation: {0}''s chain replaced ours {1}; dropped {2} (blocks {3} to {4})"
                        + " (tip {5}); {6} mining rewards of ours lost; {7} transactions back to pending, sent to our peers again",
                reorg.source(),
                reorg.otherGenesis() ? "from another genesis block" : "after block " + reorg.forkPoint(),
                dropped.size() == 1 ? "1 block" : dropped.size() + " blocks",
                dropped.get(0).index(),
                dropped.get(dropped.size() - 1).index(),
                dropped.get(dropped.size() - 1).hash(),
                reorg.lostRewards().size(),
                reorg.returned().size());
    }

    /** The validator of the node's dialect. */
    ChainValidator validator() {
        return validator;
    }

    /**
     * Takes another dialect with a chain of it, while ours is still only its genesis block (a node
     * with mined blocks never changes dialect): the chain, the pending transactions and the
     * dialect's name are stored in one transaction, then used.
     *
     * @return the replacement, or empty when our chain has grown meanwhile
     * @throws StoreException when it could not be stored: nothing changed
     */
    Optional<ChainReplacement> adoptDialect(ChainRules rules, Chain theirs) {
        ChainReplacement replacement;
        synchronized (lock) {
            Chain ours = blockchain.chain();
            if (ours.length() != 1 || theirs.length() <= 1) {
                return Optional.empty();
            }
            Blockchain adopted;
            try {
                adopted = new Blockchain(theirs, rules, blockchain.reward());
            } catch (InvalidTransactionException e) {
                throw new IllegalStateException("the reward was valid a moment ago", e);
            }
            adopted.restorePending(blockchain.pending());
            store.replaceChain(theirs.blocks(), adopted.pending(), DIALECT_SETTING, rules.id());
            replacement = new ChainReplacement(
                    ours, theirs, theirs.genesis().index(), ours.blocks(), List.of(), List.of(), adopted.pending());
            blockchain = adopted;
            keepBodiesInStore(theirs.blocks());
            orphans.clear();
            publish();
        }
        listeners.fire(l -> l.chainReplaced(replacement));
        return Optional.of(replacement);
    }

    /**
     * Blocks just committed to the store are read back from it from now on: the chain in memory
     * stays a chain of headers however it grows. Called under the lock, after the commit.
     */
    private void keepBodiesInStore(List<Block> stored) {
        BlockBodies bodies = store.bodies();
        stored.forEach(block -> block.keepBodyIn(bodies));
    }

    /** Called under the lock after every change: readers see the new snapshots. */
    private void publish() {
        chain = blockchain.chain();
        pending = blockchain.pending();
        validator = blockchain.validator();
    }
}
