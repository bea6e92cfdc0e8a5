package dev.blockdesk.chain;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether a chain is valid under a dialect's {@link ChainRules} and, if not, names the first
 * bad block and why. Applies protocol.md's Blockdesk rule: the Python node's checks (each block's
 * previous_hash is the hash of the block before, each proof meets the rules' proof of work) plus the
 * rules' genesis shape, indexes counting up by one from the rules' first index, and the five fields
 * with the right JSON types. Blocks are hashed by the rules. A peer's claimed {@code length} is never
 * read. Blocks are counted from 1 in verdicts, whatever their indexes.
 */
public final class ChainValidator {

    private static final ChainText NOT_A_CHAIN = ChainText.of("chain.document.notAChain");
    static final ChainText EMPTY = ChainText.of("chain.document.empty");
    private static final ChainText NO_CHAIN_FIELD = ChainText.of("chain.document.noChainField");

    private final ChainRules rules;

    public ChainValidator(ChainRules rules) {
        this.rules = Objects.requireNonNull(rules);
    }

    public ChainRules rules() {
        return rules;
    }

    /** Validates a chain document: {@code {"chain": [...], "length": N}} or a bare array of blocks. */
    public ValidationResult validate(JsonNode document) {
        JsonNode array = document;
        if (document != null && document.isObject()) {
            array = document.get("chain");
            if (array == null) {
                return ValidationResult.invalidDocument(NO_CHAIN_FIELD);
            }
        }
        if (array == null || !array.isArray()) {
            return ValidationResult.invalidDocument(NOT_A_CHAIN);
        }
        Run run = new Run(true, null);
        for (JsonNode block : array) {
            run.add(block, true);
        }
        return run.finish();
    }

    /**
     * Validates a chain document read from a stream, one block at a time, so a long chain never
     * has to exist twice in memory; this is how a peer's {@code /chain} answer is read. Reading
     * stops at the first bad block: nothing after it can change the verdict, and a hostile peer
     * gets no more of our time. A valid chain is read to the end of the document, and JSON that
     * breaks off or goes on after it is refused with {@link MalformedJsonException}.
     */
    public ValidationResult validate(InputStream in) throws IOException {
        return read(in, true, null);
    }

    /**
     * As {@link #validate(InputStream)}, for a peer's chain that may share blocks with {@code known},
     * the chain we hold: each block equal to ours at the same height (the same hash) is kept as
     * our object. The parsed copy is garbage at once, so the shared part of a long chain costs no
     * memory and no garbage-collection pauses, and an adopted chain shares its blocks with ours.
     */
    public ValidationResult validate(InputStream in, Chain known) throws IOException {
        return read(in, true, known);
    }

    /**
     * The verdict on a chain document of any length in the memory of two blocks: each block is let
     * go once the next one is linked to it, so the result holds no chain. The whole stream is read,
     * so a file that is not JSON is reported as such even past an invalid block.
     */
    public ValidationResult check(InputStream in) throws IOException {
        return read(in, false, null);
    }

    /**
     * @param adopting true for {@link #validate(InputStream)}: keep the blocks and stop at the first bad
     *                 one; false for {@link #check}: keep nothing and read the whole stream
     */
    private ValidationResult read(InputStream in, boolean adopting, Chain known) throws IOException {
        return readAll(in, adopting, List.of(new Run(adopting, known))).get(0);
    }

    /**
     * Reads a chain document once, each block parsed once and handed to every run; one verdict per
     * run, in order. Reading stops when every run has failed, if {@code adopting}.
     */
    static List<ValidationResult> readAll(InputStream in, boolean adopting, List<Run> runs) throws IOException {
        try (JsonParser parser = WireJson.parser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new MalformedJsonException(WireJson.EMPTY_INPUT, null);
            }
            List<ValidationResult> results;
            if (first == JsonToken.START_ARRAY) {
                results = readBlocks(parser, adopting, runs);
            } else if (first == JsonToken.START_OBJECT) {
                results = allSame(runs, ValidationResult.invalidDocument(NO_CHAIN_FIELD));
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (!"chain".equals(field)) {
                        parser.skipChildren();
                    } else if (value == JsonToken.START_ARRAY) {
                        results = readBlocks(parser, adopting, runs); // a repeated "chain" wins, as in Python's json
                        if (adopting && noneValid(results)) {
                            return results;
                        }
                    } else {
                        parser.skipChildren();
                        results = allSame(runs, ValidationResult.invalidDocument(NOT_A_CHAIN));
                    }
                }
            } else {
                parser.skipChildren();
                results = allSame(runs, ValidationResult.invalidDocument(NOT_A_CHAIN));
            }
            if (adopting && noneValid(results)) {
                return results; // validate(): stop reading at the first bad block
            }
            if (parser.nextToken() != null) {
                throw new MalformedJsonException(ChainText.of("chain.json.moreData"), null);
            }
            return results;
        } catch (JsonProcessingException e) {
            throw WireJson.malformed(e);
        }
    }

    private static List<ValidationResult> readBlocks(JsonParser parser, boolean adopting, List<Run> runs)
            throws IOException {
        List<Run> fresh = runs.stream().map(Run::again).toList();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int alive = alive(fresh);
            if (alive == 0) {
                if (adopting) {
                    return fresh.stream().map(Run::finish).toList();
                }
                parser.skipChildren(); // check(): the verdict is in; the rest is read only to see it is JSON
            } else {
                JsonNode block = WireJson.readTree(parser);
                for (Run run : fresh) {
                    run.add(block, alive > 1); // a tree read for one run is that run's; shared, each gets a copy
                }
            }
        }
        return fresh.stream().map(Run::finish).toList();
    }

    private static int alive(List<Run> runs) {
        int alive = 0;
        for (Run run : runs) {
            if (!run.failed()) {
                alive++;
            }
        }
        return alive;
    }

    private static boolean noneValid(List<ValidationResult> results) {
        return results.stream().noneMatch(ValidationResult::isValid);
    }

    private static List<ValidationResult> allSame(List<Run> runs, ValidationResult result) {
        return runs.stream().map(r -> result).toList();
    }

    /** A fresh pass over a chain under these rules, for reading one document under several rules at once. */
    Run run(boolean keep, Chain known) {
        return new Run(keep, known);
    }

    /**
     * Validation of a peer's blocks that follow {@code prefix}, the blocks we share with it (a
     * prefix of {@code ours}, a valid chain), fed one at a time: see {@link ChainExtension}.
     */
    public ChainExtension extend(Chain prefix, Chain ours) {
        return new ChainExtension(this, prefix, ours);
    }

    /** Validates blocks that already have the block shape, for example ones loaded from a store. */
    public ValidationResult validate(List<Block> blocks) {
        Run run = new Run(true, null);
        blocks.forEach(run::add);
        return run.finish();
    }

    /** Why {@code block} cannot follow {@code previous}, in English, or null when it can. */
    public String linkProblem(Block previous, Block block) {
        return ChainText.english(linkProblemText(previous, block));
    }

    /** {@link #linkProblem} as a text to be said in any language ({@link ChainText#in}), or null. */
    public ChainText linkProblemText(Block previous, Block block) {
        long expectedIndex = previous.index() + 1;
        if (block.index() != expectedIndex) {
            return ChainText.of("chain.block.index", block.index(), expectedIndex);
        }
        if (!block.previousHashIsText()) {
            return ChainText.of("chain.block.previousHashType", block.previousHashJson());
        }
        if (!rules.links(previous, block)) {
            return ChainText.of("chain.block.previousHash", previous.index());
        }
        ChainText proof = rules.proof().problemText(previous, block);
        return proof != null ? proof : rules.orderProblemText(previous, block);
    }

    /** One pass over a chain, block by block, stopping at the first bad one. */
    final class Run {
        private final boolean keep;
        private final Chain known;
        private final List<Block> blocks = new ArrayList<>();
        private Block previous;
        private int count;
        private ValidationResult failure;

        /** @param known a chain whose blocks are kept instead of equal ones read, or null */
        Run(boolean keep, Chain known) {
            this.keep = keep;
            this.known = known;
        }

        boolean failed() {
            return failure != null;
        }

        /** A new pass with the same settings: a repeated "chain" field starts over. */
        Run again() {
            return new Run(keep, known);
        }

        void add(JsonNode json, boolean copy) {
            if (failed()) {
                return;
            }
            try {
                add(copy ? Block.fromJson(json, rules.hasher()) : Block.adopt(json, rules.hasher()));
            } catch (InvalidBlockException e) {
                failure = ValidationResult.invalidBlock(count + 1, rules.firstIndex() + count, e.text());
            }
        }

        void add(Block block) {
            if (failed()) {
                return;
            }
            int position = count + 1;
            ChainText problem = position == 1 ? rules.genesisProblemText(block) : linkProblemText(previous, block);
            if (problem != null) {
                failure = ValidationResult.invalidBlock(position, rules.firstIndex() + position - 1, problem);
                return;
            }
            Block ours =
                    known != null && position <= known.length() ? known.blocks().get(position - 1) : null;
            Block kept = block.equals(ours) ? ours : block;
            if (previous != null) {
                kept.shareLink(previous);
            }
            count = position;
            previous = kept;
            if (keep) {
                blocks.add(kept);
            }
        }

        ValidationResult finish() {
            if (failed()) {
                return failure;
            }
            if (count == 0) {
                return ValidationResult.invalidDocument(EMPTY);
            }
            return keep ? ValidationResult.valid(new Chain(blocks)) : ValidationResult.validNotKept(count);
        }
    }
}
