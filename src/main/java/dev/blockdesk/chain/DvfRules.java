package dev.blockdesk.chain;

import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The dvf dialect, github.com/dvf/blockchain as it is today (protocol.md): a block's hash is the
 * SHA-256 of its key-sorted JSON, a proof is {@link ProofOfWork}, and the genesis block has index 1,
 * previous_hash "1" (or the integer 1, as some editions write it), proof 100 and no transactions,
 * at any timestamp.
 */
public final class DvfRules extends DialectRules {

    public static final String ID = "dvf";
    public static final long FIRST_INDEX = 1;
    public static final String GENESIS_PREVIOUS_HASH = "1";
    public static final long GENESIS_PROOF = 100;

    /** @param difficulty leading zero hex digits a proof needs (the Python node's is 4) */
    public DvfRules(int difficulty) {
        super(
                ID,
                ChainText.of("chain.dialect.dvf.tutorial"),
                BlockHasher.SORTED_JSON,
                new ProofOfWork(difficulty),
                GenesisShape.hundred(TextNode.valueOf(GENESIS_PREVIOUS_HASH)));
    }

    @Override
    public ProofOfWork proof() {
        return (ProofOfWork) super.proof();
    }
}
