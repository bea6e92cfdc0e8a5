package dev.blockdesk.chain;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * chain-study's proof of work: the SHA-256 hex of {@code str(last_proof * proof)}, the decimal of
 * the product of the two integers, must start with {@code difficulty} zeros (the seed's is 4). It
 * hashes a number, not the block: the proof binds neither the block's contents nor the block
 * before it. A last proof of 0 has no valid proof at all (the product is always 0).
 */
public final class ProductProofOfWork implements ProofRule {

    private final int difficulty;

    public ProductProofOfWork(int difficulty) {
        new ProofOfWork(difficulty); // the same range check
        this.difficulty = difficulty;
    }

    public int difficulty() {
        return difficulty;
    }

    static String product(BigInteger lastProof, BigInteger proof) {
        return lastProof.multiply(proof).toString();
    }

    @Override
    public String problem(Block previous, Block block) {
        return ChainText.english(problemText(previous, block));
    }

    @Override
    public ChainText problemText(Block previous, Block block) {
        String product = product(previous.proof(), block.proof());
        if (isValid(product)) {
            return null;
        }
        return ChainText.of("chain.proof.product", block.proofText(), difficulty, product);
    }

    private boolean isValid(String product) {
        return ProofOfWork.meets(Sha256.digest(product.getBytes(StandardCharsets.US_ASCII)), difficulty);
    }

    @Override
    public ProofTrial trial(BigInteger lastProof, BigInteger proof, String lastHash) {
        String product = product(lastProof, proof);
        return ProofOfWork.hashed("sha256(str(last_proof * proof))", product, difficulty, isValid(product));
    }

    @Override
    public ProofSearch search(PowPuzzle puzzle) {
        BigInteger last = new BigInteger(puzzle.lastProof());
        return new ProductSearch(last, difficulty);
    }

    @Override
    public double expectedTries() {
        return Math.pow(16, difficulty);
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
        return ChainText.of("chain.proof.describe.product", ProofOfWork.zeros(difficulty));
    }

    @Override
    public ChainText leavesOpenText() {
        return ChainText.of("chain.proof.leavesOpen.product");
    }

    @Override
    public ChainText explainText(Block previous, Block block) {
        String product = product(previous.proof(), block.proof());
        return ChainText.of(
                "chain.proof.explain.product",
                previous.proofText(),
                block.proofText(),
                product,
                ProofOfWork.workedDigest(product, difficulty));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProductProofOfWork other && difficulty == other.difficulty;
    }

    @Override
    public int hashCode() {
        return 37 + difficulty;
    }

    @Override
    public String toString() {
        return "difficulty " + difficulty + ", last_proof × proof";
    }

    /** One thread's search: a product in a long while it fits, a BigInteger after. */
    private static final class ProductSearch implements ProofSearch {
        private final BigInteger last;
        private final long lastLong;
        private final boolean lastFits;
        private final int difficulty;
        private final java.security.MessageDigest digest = Sha256.newDigest();
        private final byte[] digits = new byte[20];

        ProductSearch(BigInteger last, int difficulty) {
            this.last = last;
            this.lastFits = last.bitLength() < 63;
            this.lastLong = lastFits ? last.longValue() : 0;
            this.difficulty = difficulty;
        }

        @Override
        public long scan(long from, long to) {
            for (long proof = from; proof < to; proof++) {
                if (test(proof)) {
                    return proof;
                }
            }
            return -1;
        }

        private boolean test(long proof) {
            if (lastFits && Math.multiplyHigh(lastLong, proof) == 0 && lastLong * proof >= 0) {
                long product = lastLong * proof;
                int at = digits.length;
                do {
                    digits[--at] = (byte) ('0' + product % 10);
                    product /= 10;
                } while (product != 0);
                digest.update(digits, at, digits.length - at);
                return ProofOfWork.meets(digest.digest(), difficulty);
            }
            byte[] text = product(last, BigInteger.valueOf(proof)).getBytes(StandardCharsets.US_ASCII);
            return ProofOfWork.meets(digest.digest(text), difficulty);
        }
    }
}
