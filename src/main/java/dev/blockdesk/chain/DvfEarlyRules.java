package dev.blockdesk.chain;

/**
 * The dvf-early dialect, the first edition of the dvf tutorial (seeds 002 and 004, and seed 003's
 * step-by-step sections): as {@link DvfRules}, but the proof is {@link EarlyProofOfWork}, which
 * leaves the previous block's hash out, and a new genesis block has the integer previous_hash 1
 * ({@code new_block(previous_hash=1, proof=100)}; the string "1" of seed 002 is accepted too).
 */
public final class DvfEarlyRules extends DialectRules {

    public static final String ID = "dvf-early";

    public DvfEarlyRules(int difficulty) {
        super(
                ID,
                ChainText.of("chain.dialect.dvfEarly.tutorial"),
                BlockHasher.SORTED_JSON,
                new EarlyProofOfWork(difficulty),
                GenesisShape.hundred(GenesisShape.integer(1)));
    }

    @Override
    public EarlyProofOfWork proof() {
        return (EarlyProofOfWork) super.proof();
    }
}
