package dev.blockdesk.chain;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/**
 * The pyscoop dialect (seed 001, github.com/gauravvjn/blockchain-python): the genesis block has
 * index 0, proof 0 and the integer previous_hash 0; a block's hash is
 * {@code sha256("{}{}{}{}{}".format(index, proof, previous_hash, transactions, timestamp))}, each
 * part as Python's {@code str()} prints it ({@link PythonRepr}); the proof is {@link SevensProof};
 * and each block's timestamp is later than the one before.
 *
 * <p>The node hashes the transactions of a block it mined itself in creation order (sender,
 * recipient, amount), but a node that adopted a chain rebuilt those blocks from key-sorted JSON and
 * hashes them key-sorted, so a block it mines after an adoption may name either hash of the block
 * before. Both are accepted; the first is the block's {@link Block#hash()}.
 */
public final class PyscoopRules extends DialectRules {

    public static final String ID = "pyscoop";

    static final BlockHasher HASHER = (block, canonical) -> hash(block, PythonRepr.KeyOrder.TRANSACTION);

    public PyscoopRules() {
        super(
                ID,
                ChainText.of("chain.dialect.pyscoop.tutorial"),
                HASHER,
                new SevensProof(),
                new GenesisShape(0, 0, GenesisShape.integer(0), false));
    }

    static String hash(JsonNode block, PythonRepr.KeyOrder order) {
        StringBuilder text = new StringBuilder(256);
        text.append(PythonRepr.str(block.get("index")))
                .append(PythonRepr.str(block.get("proof")))
                .append(PythonRepr.str(block.get("previous_hash")));
        PythonRepr.write(block.get("transactions"), order, text);
        text.append(PythonRepr.str(block.get("timestamp")));
        return Sha256.hex(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The hash a pyscoop node that adopted {@code block} from JSON computes: its transactions key-sorted. */
    public static String sortedHash(Block block) {
        return hash(block.toJson(), PythonRepr.KeyOrder.SORTED);
    }

    @Override
    public SevensProof proof() {
        return (SevensProof) super.proof();
    }

    @Override
    public boolean links(Block previous, Block block) {
        return super.links(previous, block)
                || (block.previousHashIsText() && block.previousHash().equals(sortedHash(previous)));
    }

    @Override
    public String orderProblem(Block previous, Block block) {
        return ChainText.english(orderProblemText(previous, block));
    }

    @Override
    public ChainText orderProblemText(Block previous, Block block) {
        if (block.timestamp() > previous.timestamp()) {
            return null;
        }
        return ChainText.of(
                "chain.block.timestampOrder",
                PythonFloat.repr(block.timestamp()),
                previous.index(),
                PythonFloat.repr(previous.timestamp()));
    }
}
