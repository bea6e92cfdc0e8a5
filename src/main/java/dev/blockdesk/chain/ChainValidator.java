package dev.blockdesk.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Decides whether a chain is valid and, if not, names the first bad block and why. Applies
 * protocol.md's Blockdesk rule: the Python node's checks (each block's previous_hash is the hash of
 * the block before, each proof meets the difficulty) plus a genesis shape, indexes 1, 2, 3, ..., and
 * the five fields with the right JSON types. A peer's claimed {@code length} is never read.
 */
public final class ChainValidator {

    /** Below this many blocks, parsing in parallel costs more than it saves. */
    private static final int PARALLEL_THRESHOLD = 2_000;

    private final ProofOfWork proofOfWork;

    public ChainValidator(ProofOfWork proofOfWork) {
        this.proofOfWork = proofOfWork;
    }

    public ProofOfWork proofOfWork() {
        return proofOfWork;
    }

    /** Validates a chain document: {@code {"chain": [...], "length": N}} or a bare array of blocks. */
    public ValidationResult validate(JsonNode document) {
        JsonNode array = document;
        if (document != null && document.isObject()) {
            array = document.get("chain");
            if (array == null) {
                return ValidationResult.invalidDocument("no \"chain\" field in the document");
            }
        }
        if (array == null || !array.isArray()) {
            return ValidationResult.invalidDocument("expected a JSON array of blocks, or an object with a \"chain\" array");
        }
        if (array.isEmpty()) {
            return ValidationResult.invalidDocument("the chain is empty; it needs at least a genesis block");
        }
        JsonNode blocksJson = array;
        IntStream positions = IntStream.range(0, array.size());
        if (array.size() >= PARALLEL_THRESHOLD) {
            positions = positions.parallel();
        }
        Object[] parsed = positions.mapToObj(i -> parse(blocksJson.get(i))).toArray();
        List<Block> blocks = new ArrayList<>(parsed.length);
        for (int i = 0; i < parsed.length; i++) {
            if (parsed[i] instanceof InvalidBlockException e) {
                return ValidationResult.invalidBlock(i + 1, e.getMessage());
            }
            Block block = (Block) parsed[i];
            String problem = i == 0 ? genesisProblem(block) : linkProblem(blocks.get(i - 1), block, i + 1);
            if (problem != null) {
                return ValidationResult.invalidBlock(i + 1, problem);
            }
            blocks.add(block);
        }
        return ValidationResult.valid(new Chain(blocks));
    }

    /** Validates blocks that already have the block shape, for example ones loaded from a store. */
    public ValidationResult validate(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return ValidationResult.invalidDocument("the chain is empty; it needs at least a genesis block");
        }
        for (int i = 0; i < blocks.size(); i++) {
            String problem = i == 0 ? genesisProblem(blocks.get(0)) : linkProblem(blocks.get(i - 1), blocks.get(i), i + 1);
            if (problem != null) {
                return ValidationResult.invalidBlock(i + 1, problem);
            }
        }
        return ValidationResult.valid(new Chain(new ArrayList<>(blocks)));
    }

    /** Why {@code block} cannot follow {@code previous}, or null when it can. */
    public String linkProblem(Block previous, Block block, long expectedIndex) {
        if (block.index() != expectedIndex) {
            return "index is " + block.index() + ", expected " + expectedIndex;
        }
        if (!block.previousHash().equals(previous.hash())) {
            return "previous_hash does not match the hash of block " + (expectedIndex - 1);
        }
        if (!proofOfWork.isValid(previous.proofText(), block.proofText(), previous.hash())) {
            return "proof " + block.proofText() + " does not meet difficulty " + proofOfWork.difficulty();
        }
        return null;
    }

    /** Why {@code block} is not a genesis block, or null when it is one. */
    public static String genesisProblem(Block block) {
        if (block.index() != 1) {
            return "index is " + block.index() + ", expected 1";
        }
        if (!Block.GENESIS_PREVIOUS_HASH.equals(block.previousHash())) {
            return "genesis previous_hash must be \"1\", found " + CanonicalJson.write(TextNode.valueOf(block.previousHash()));
        }
        if (!block.proof().equals(BigInteger.valueOf(Block.GENESIS_PROOF))) {
            return "genesis proof must be 100, found " + block.proofText();
        }
        if (!block.transactions().isEmpty()) {
            return "genesis block must have no transactions, found " + block.transactions().size();
        }
        return null;
    }

    private static Object parse(JsonNode json) {
        try {
            return Block.fromJson(json);
        } catch (InvalidBlockException e) {
            return e;
        }
    }
}
