package dev.blockdesk.chain;

/**
 * The dvf-early dialect, the first edition of the dvf tutorial (seeds 002 and 004, and seed 003's
 * step-by-step sections): as {@link DvfRules}, but the proof is {@link EarlyProofOfWork}, which
 * leaves the previous block's hash out, and a new genesis block has the integer previous_hash 1
 * ({@code new_block(previous_hash=1, proof=100)}; the string "1" of seed 002 is accepted too).
 */
public final class DvfEarlyRules implements ChainRules {

    public static final String ID = "dvf-early";
    private static final GenesisShape GENESIS = GenesisShape.hundred(GenesisShape.integer(1));

    private final EarlyProofOfWork proof;

    public DvfEarlyRules(int difficulty) {
        this.proof = new EarlyProofOfWork(difficulty);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String tutorial() {
        return "the first edition of the dvf tutorial (seeds 002 and 004)";
    }

    @Override
    public BlockHasher hasher() {
        return BlockHasher.SORTED_JSON;
    }

    @Override
    public EarlyProofOfWork proof() {
        return proof;
    }

    @Override
    public long firstIndex() {
        return 1;
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
        return o instanceof DvfEarlyRules other && proof.equals(other.proof);
    }

    @Override
    public int hashCode() {
        return 41 * proof.hashCode();
    }

    @Override
    public String toString() {
        return ID + ", " + proof;
    }
}
