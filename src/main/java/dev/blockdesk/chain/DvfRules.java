package dev.blockdesk.chain;

import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.util.List;

/**
 * The dvf dialect, github.com/dvf/blockchain as it is today (protocol.md): a block's hash is the
 * SHA-256 of its key-sorted JSON, a proof is {@link ProofOfWork}, and the genesis block has index 1,
 * previous_hash "1", proof 100 and no transactions, at any timestamp.
 */
public final class DvfRules implements ChainRules {

    public static final String ID = "dvf";
    public static final long FIRST_INDEX = 1;
    public static final String GENESIS_PREVIOUS_HASH = "1";
    public static final long GENESIS_PROOF = 100;

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
        return Block.create(FIRST_INDEX, timestamp, List.of(), GENESIS_PROOF, GENESIS_PREVIOUS_HASH, hasher());
    }

    @Override
    public String genesisProblem(Block block) {
        if (block.index() != FIRST_INDEX) {
            return "index is " + block.index() + ", expected " + FIRST_INDEX;
        }
        if (!GENESIS_PREVIOUS_HASH.equals(block.previousHash())) {
            return "genesis previous_hash must be \"1\", found " + CanonicalJson.write(TextNode.valueOf(block.previousHash()));
        }
        if (!block.proof().equals(BigInteger.valueOf(GENESIS_PROOF))) {
            return "genesis proof must be 100, found " + block.proofText();
        }
        if (!block.transactions().isEmpty()) {
            return "genesis block must have no transactions, found " + block.transactions().size();
        }
        return null;
    }

    @Override
    public String toString() {
        return ID + ", " + proof;
    }
}
