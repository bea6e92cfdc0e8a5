package dev.blockdesk.chain;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A dialect that is not dvf, to show the seam is real: the genesis block has index
 * {@code firstIndex}, proof 0 and previous_hash "0"; a block's hash is sha256("sevens " + its
 * canonical JSON); a proof is valid when proof + last_proof is a multiple of 7, and the search
 * starts at last_proof + 1 (pyscoop's rule). Public for the tests of other packages.
 */
public final class SevensRules implements ChainRules {

    public static final BlockHasher HASHER = (block, canonical) -> Sha256.hex("sevens " + new String(canonical, StandardCharsets.US_ASCII));

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

    @Override
    public Sevens proof() {
        return new Sevens();
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

    /** {@code (proof + last_proof) % 7 == 0}, searched from {@code last_proof + 1}. */
    public record Sevens() implements ProofRule {

        private static final BigInteger SEVEN = BigInteger.valueOf(7);

        @Override
        public String problem(Block previous, Block block) {
            if (previous.proof().add(block.proof()).mod(SEVEN).signum() == 0) {
                return null;
            }
            return "proof " + block.proofText() + " + last proof " + previous.proofText() + " is not a multiple of 7";
        }

        @Override
        public long firstProof(PowPuzzle puzzle) {
            return Long.parseLong(puzzle.lastProof()) + 1;
        }

        @Override
        public ProofSearch search(PowPuzzle puzzle) {
            long last = Long.parseLong(puzzle.lastProof());
            return (from, to) -> {
                for (long proof = from; proof < to; proof++) {
                    if ((proof + last) % 7 == 0) {
                        return proof;
                    }
                }
                return -1;
            };
        }

        @Override
        public double expectedTries() {
            return 7;
        }

        @Override
        public String describe() {
            return "every proof makes proof + last_proof a multiple of 7, which is no work at all";
        }

        @Override
        public String leavesOpen() {
            return "no work at all";
        }

        @Override
        public String explain(Block previous, Block block) {
            return "(" + block.proofText() + " + " + previous.proofText() + ") % 7 = " + previous.proof().add(block.proof()).mod(SEVEN);
        }
    }
}
