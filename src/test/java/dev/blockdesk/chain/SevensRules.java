package dev.blockdesk.chain;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A dialect that is not dvf, to show the seam is real: the genesis block has index
 * {@code firstIndex}, proof 0 and previous_hash "0"; a block's hash is sha256("sevens " + its
 * canonical JSON); a proof is valid when proof + last_proof is a multiple of 7, and the search
 * starts at last_proof + 1 ({@link SevensProof}, pyscoop's rule). Public for the tests of other packages.
 */
public final class SevensRules implements ChainRules {

    public static final BlockHasher HASHER =
            (block, canonical) -> Sha256.hex("sevens " + new String(canonical, StandardCharsets.US_ASCII));

    private final long firstIndex;

    public SevensRules(long firstIndex) {
        this.firstIndex = firstIndex;
    }

    @Override
    public String id() {
        return "sevens";
    }

    @Override
    public String tutorial() {
        return "none: a rule set of the tests";
    }

    @Override
    public BlockHasher hasher() {
        return HASHER;
    }

    /** pyscoop's rule, the real one: {@code (proof + last_proof) % 7 == 0}, searched from {@code last_proof + 1}. */
    @Override
    public SevensProof proof() {
        return new SevensProof();
    }

    @Override
    public long firstIndex() {
        return firstIndex;
    }

    @Override
    public Block genesis(double timestamp) {
        return Block.create(firstIndex, timestamp, List.of(), 0, "0", HASHER);
    }

    @Override
    public String genesisProblem(Block block) {
        if (block.index() != firstIndex) {
            return "index is " + block.index() + ", expected " + firstIndex;
        }
        if (!"0".equals(block.previousHash()) || block.proof().signum() != 0) {
            return "a sevens genesis has previous_hash \"0\" and proof 0";
        }
        return null;
    }
}
