package dev.blockdesk.chain;

import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The dvf dialect, github.com/dvf/blockchain as it is today (protocol.md): a block's hash is the
 * SHA-256 of its key-sorted JSON, a proof is {@link ProofOfWork}, and the genesis block has index 1,
 * previous_hash "1" (or the integer 1, as some editions write it), proof 100 and no transactions,
 * at any timestamp.
 */
public final class DvfRules implements ChainRules {

    public static final String ID = "dvf";
    public static final long FIRST_INDEX = 1;
    public static final String GENESIS_PREVIOUS_HASH = "1";
    public static final long GENESIS_PROOF = 100;
    static final GenesisShape GENESIS = GenesisShape.hundred(TextNode.valueOf(GENESIS_PREVIOUS_HASH));

    private final ProofOfWork proof;

    /** @param difficulty leading zero hex digits a proof needs (the Python node's is 4) */
    public DvfRules(int difficulty) {
        this.proof = new ProofOfWork(difficulty);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String tutorial() {
        return "dvf/blockchain, the classic tutorial (seed 003's final code)";
    }

    @Override
    public BlockHasher hasher() {
        return BlockHasher.SORTED_JSON;
    }

    @Override
    public ProofOfWork proof() {
        return proof;
    }

    @Override
    public long firstIndex() {
        return FIRST_INDEX;
    }

    @Override
    public Block genesis(double timestamp) {
        return GENESIS.create(timestamp, hasher());
    }

    @Override
    public String genesisProblem(Block block) {
        return GENESIS.problem(block);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DvfRules other && proof.equals(other.proof);
    }

    @Override
    public int hashCode() {
        return proof.hashCode();
    }

    @Override
    public String toString() {
        return ID + ", " + proof;
    }
}
