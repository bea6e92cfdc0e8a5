package dev.blockdesk.chain;

import java.math.BigInteger;

/**
 * pyscoop's proof of "work": {@code (proof + last_proof) % 7 == 0}, searched from
 * {@code last_proof + 1}. No hashing at all: one number in seven is a valid proof, so a proof costs
 * nothing to make and says nothing about the block.
 */
public final class SevensProof implements ProofRule {

    private static final BigInteger SEVEN = BigInteger.valueOf(7);

    @Override
    public String problem(Block previous, Block block) {
        return ChainText.english(problemText(previous, block));
    }

    @Override
    public ChainText problemText(Block previous, Block block) {
        BigInteger remainder = remainder(previous.proof(), block.proof());
        if (remainder.signum() == 0) {
            return null;
        }
        return ChainText.of("chain.proof.sevens", block.proofText(), previous.proofText(), remainder);
    }

    private static BigInteger remainder(BigInteger lastProof, BigInteger proof) {
        return proof.add(lastProof).mod(SEVEN);
    }

    @Override
    public ProofTrial trial(BigInteger lastProof, BigInteger proof, String lastHash) {
        BigInteger remainder = remainder(lastProof, proof);
        boolean valid = remainder.signum() == 0;
        return new ProofTrial(
                "(proof + last_proof) % 7 == 0",
                "(" + proof + " + " + lastProof + ") % 7 = " + proof.add(lastProof) + " % 7",
                false,
                remainder.toString(),
                valid,
                valid
                        ? ChainText.of("chain.proof.sevens.valid", remainder)
                        : ChainText.of("chain.proof.sevens.invalid", remainder));
    }

    @Override
    public long firstProof(PowPuzzle puzzle) {
        return Math.addExact(Long.parseLong(puzzle.lastProof()), 1);
    }

    @Override
    public ProofSearch search(PowPuzzle puzzle) {
        long last = Long.parseLong(puzzle.lastProof());
        return (from, to) -> {
            for (long proof = from; proof < to; proof++) {
                if (Math.floorMod(proof + last, 7L) == 0) {
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
        return describeText().english();
    }

    @Override
    public String leavesOpen() {
        return leavesOpenText().english();
    }

    @Override
    public String explain(Block previous, Block block) {
        return explainText(previous, block).english();
    }

    @Override
    public ChainText describeText() {
        return ChainText.of("chain.proof.describe.sevens");
    }

    @Override
    public ChainText leavesOpenText() {
        return ChainText.of("chain.proof.leavesOpen.sevens");
    }

    @Override
    public ChainText explainText(Block previous, Block block) {
        BigInteger sum = previous.proof().add(block.proof());
        BigInteger remainder = sum.mod(SEVEN);
        return ChainText.of(
                "chain.proof.explain.sevens",
                block.proofText(),
                previous.proofText(),
                sum,
                remainder,
                remainder.signum() == 0 ? " ✓" : " ✗");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SevensProof;
    }

    @Override
    public int hashCode() {
        return 7;
    }

    @Override
    public String toString() {
        return "(proof + last_proof) % 7 == 0";
    }
}
