package dev.blockdesk.chain.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.CanonicalJson;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.ChainText;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.Explained;
import dev.blockdesk.chain.InvalidBlockException;
import dev.blockdesk.chain.PowPuzzle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A copy of a chain that a learner may break: every block held as editable JSON, so a chain that is
 * invalid, even with wrong JSON types, can be held and shown, and checked under a dialect's real
 * rules ({@link Block#fromJson}, the rules' hasher, {@link ChainRules#genesisProblem} and
 * {@link ChainValidator#linkProblem}). Each block's own problem (against the block before it) is
 * cached, so an edit of block N re-hashes N only and re-checks N and N+1: a keystroke costs the
 * same on a chain of ten blocks and of a thousand. Every block from the first one with a problem on
 * is invalid, every earlier one valid. previous_hash never follows an edit by itself: it is data, as
 * in a stored chain; {@link #relink} sets it. Nothing here ever reaches a node. Not thread-safe: one
 * thread (the window's) edits and reads it.
 *
 * <p>It does one thing, a chain under edit and its verdicts; its length is one small method per field
 * a learner may edit or read. Typed text is {@link JsonText}'s, mining {@link SandboxMining}'s, files
 * {@link SandboxFile}'s, the explanation {@link SandboxExplanation}'s.
 */
public final class SandboxChain {

    /** The reason of a block after the first invalid one that has no problem of its own. */
    public static final ChainText FOLLOWS_TEXT = ChainText.of("chain.sandbox.follows");

    /** {@link #FOLLOWS_TEXT} in English. */
    public static final String FOLLOWS = FOLLOWS_TEXT.english();

    /** A block cannot be re-linked or mined because the block before it does not have the block shape. */
    public static final class UnreadableBlockException extends IllegalStateException implements Explained {
        private final transient ChainText text;

        UnreadableBlockException(ChainText text) {
            super(text.english());
            this.text = text;
        }

        @Override
        public ChainText text() {
            return text;
        }
    }

    /** A block's fields other than its transactions. */
    public enum Field {
        INDEX("index"),
        TIMESTAMP("timestamp"),
        PROOF("proof"),
        PREVIOUS_HASH("previous_hash");

        private final String key;

        Field(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** A transaction's fields. */
    public enum TxField {
        SENDER("sender"),
        RECIPIENT("recipient"),
        AMOUNT("amount");

        private final String key;

        TxField(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** Told which blocks may look different after a change: positions {@code from} (inclusive) to {@code to} (exclusive). */
    @FunctionalInterface
    public interface Listener {
        void changed(int from, int to);
    }

    private final ChainRules rules;
    private final ChainValidator validator;
    private final List<ObjectNode> original;
    private final List<ObjectNode> blocks;
    private final Block[] parsed;
    private final ChainText[] shapeProblem;
    private final ChainText[] own;
    private final TreeSet<Integer> withProblems = new TreeSet<>();
    private Listener listener = (from, to) -> {};
    private int edited = -1;

    private SandboxChain(ChainRules rules, List<ObjectNode> blocks) {
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("a sandbox needs at least one block");
        }
        this.rules = Objects.requireNonNull(rules);
        this.validator = new ChainValidator(rules);
        this.original = blocks.stream().map(ObjectNode::deepCopy).toList();
        this.blocks = new ArrayList<>(blocks.size());
        this.parsed = new Block[blocks.size()];
        this.shapeProblem = new ChainText[blocks.size()];
        this.own = new ChainText[blocks.size()];
        load();
    }

    /** A sandbox of {@code blocks}, each a JSON object (a copy is taken), checked under {@code rules}. */
    public static SandboxChain of(ChainRules rules, List<? extends JsonNode> blocks) {
        List<ObjectNode> objects = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof ObjectNode object)) {
                throw new IllegalArgumentException("block " + (i + 1) + " is not a JSON object");
            }
            objects.add(object);
        }
        return new SandboxChain(rules, objects);
    }

    /** A sandbox copy of a valid chain, in its dialect. */
    public static SandboxChain of(ChainRules rules, Chain chain) {
        return new SandboxChain(
                rules, chain.blocks().stream().map(Block::toJson).toList());
    }

    public void setListener(Listener listener) {
        this.listener = listener == null ? (from, to) -> {} : listener;
    }

    public ChainRules rules() {
        return rules;
    }

    public int size() {
        return blocks.size();
    }

    /** The index a block at {@code position} has in a valid chain of these rules: its name in the window. */
    public long indexAt(int position) {
        return rules.firstIndex() + position;
    }

    /** The position of the block last edited, or -1. */
    public int editedPosition() {
        return edited;
    }

    // ---- reading

    /** A copy of the block's JSON as it stands. */
    public ObjectNode json(int position) {
        return blocks.get(position).deepCopy();
    }

    public JsonNode field(int position, Field field) {
        return blocks.get(position).get(field.key());
    }

    public int transactionCount(int position) {
        JsonNode txs = blocks.get(position).get("transactions");
        return txs != null && txs.isArray() ? txs.size() : 0;
    }

    /** A transaction's field, or null when it has none (or the transaction is not an object). */
    public JsonNode transactionField(int position, int tx, TxField field) {
        JsonNode txs = blocks.get(position).get("transactions");
        JsonNode one = txs != null && txs.isArray() ? txs.get(tx) : null;
        return one != null && one.isObject() ? one.get(field.key()) : null;
    }

    /** The block as the rules read it, or null when its JSON does not have the block shape. */
    public Block block(int position) {
        return parsed[position];
    }

    /** The block's hash under the rules, or null when its JSON does not have the block shape. */
    public String hash(int position) {
        return parsed[position] == null ? null : parsed[position].hash();
    }

    /** The canonical JSON (what dvf hashes): the block's, or its JSON's when it does not have the block shape. */
    public String canonicalJson(int position) {
        return parsed[position] != null ? parsed[position].canonicalJson() : CanonicalJson.write(blocks.get(position));
    }

    /** Why the block cannot follow the block before it (or be a genesis block), or null: its own problem, whatever comes before. */
    public String ownProblem(int position) {
        return ChainText.english(own[position]);
    }

    /** {@link #ownProblem} as a text the window says in its language ({@link ChainText#in}), or null. */
    public ChainText ownProblemText(int position) {
        return own[position];
    }

    /** The position of the first invalid block, or -1 when the whole chain is valid. */
    public int firstInvalid() {
        return withProblems.isEmpty() ? -1 : withProblems.first();
    }

    public boolean isValid() {
        return withProblems.isEmpty();
    }

    public boolean isValid(int position) {
        int first = firstInvalid();
        return first < 0 || position < first;
    }

    /** Why the block is invalid (its own problem, or {@link #FOLLOWS}), in English, or null when it is valid. */
    public String reason(int position) {
        return ChainText.english(reasonText(position));
    }

    /** {@link #reason} as a text the window says in its language ({@link ChainText#in}), or null when the block is valid. */
    public ChainText reasonText(int position) {
        if (isValid(position)) {
            return null;
        }
        return own[position] != null ? own[position] : FOLLOWS_TEXT;
    }

    // ---- editing

    /** Sets a field to {@code value} (any JSON; a wrong type makes the block invalid, with the reason). */
    public void set(int position, Field field, JsonNode value) {
        blocks.get(position).set(field.key(), Objects.requireNonNull(value).deepCopy());
        edited(position);
    }

    /** Sets a field to what {@code text} means ({@link JsonText#parse}). */
    public void setText(int position, Field field, String text) {
        set(position, field, JsonText.parse(text));
    }

    /**
     * Sets a field of a transaction. An entry of the list that is not a JSON object (a file may hold
     * {@code [5]}) becomes an object with the typed field: the learner's edit is kept, not refused.
     */
    public void setTransaction(int position, int tx, TxField field, JsonNode value) {
        ArrayNode txs = transactions(position);
        ObjectNode object = txs.get(tx) instanceof ObjectNode existing ? existing : txs.objectNode();
        object.set(field.key(), Objects.requireNonNull(value).deepCopy());
        txs.set(tx, object);
        edited(position);
    }

    public void setTransactionText(int position, int tx, TxField field, String text) {
        setTransaction(position, tx, field, JsonText.parse(text));
    }

    /** Appends a transaction (sender, recipient and amount, in the order the Python nodes create them); its position. */
    public int addTransaction(int position, String sender, String recipient, JsonNode amount) {
        ArrayNode txs = transactions(position);
        ObjectNode tx = txs.addObject();
        tx.put("sender", sender);
        tx.put("recipient", recipient);
        tx.set("amount", amount.deepCopy());
        edited(position);
        return txs.size() - 1;
    }

    public void removeTransaction(int position, int tx) {
        ArrayNode txs = transactions(position);
        if (tx < 0 || tx >= txs.size()) {
            throw new IndexOutOfBoundsException("block " + indexAt(position) + " has no transaction " + tx);
        }
        txs.remove(tx);
        edited(position);
    }

    /**
     * Sets the block's previous_hash to the current hash of the block before it: a repair, not the
     * learner's edit, so {@link #editedPosition()} still names the block the learner changed.
     */
    public void relink(int position) {
        blocks.get(position)
                .set(
                        Field.PREVIOUS_HASH.key(),
                        TextNode.valueOf(before(position).hash()));
        recheck(position);
    }

    /** Sets the block's proof, as a JSON integer: a repair, as {@link #relink} is. */
    public void setProof(int position, long proof) {
        blocks.get(position)
                .set(Field.PROOF.key(), proof == (int) proof ? IntNode.valueOf((int) proof) : LongNode.valueOf(proof));
        recheck(position);
    }

    /** The puzzle whose solution is a valid proof for the block at {@code position}, under the rules' proof of work. */
    public PowPuzzle puzzle(int position) {
        return rules.proof().puzzleAfter(before(position));
    }

    /** Every block back to the original. */
    public void reset() {
        edited = -1;
        load();
        listener.changed(0, size());
    }

    private Block before(int position) {
        if (position <= 0 || position >= size()) {
            throw new IllegalArgumentException("block " + indexAt(position) + " has no block before it in the sandbox");
        }
        Block previous = parsed[position - 1];
        if (previous == null) {
            throw new UnreadableBlockException(
                    ChainText.of("chain.sandbox.cannotLink", indexAt(position - 1), shapeProblem[position - 1]));
        }
        return previous;
    }

    private ArrayNode transactions(int position) {
        JsonNode txs = blocks.get(position).get("transactions");
        if (txs instanceof ArrayNode array) {
            return array;
        }
        return blocks.get(position).putArray("transactions"); // it was missing or not a list: the learner starts one
    }

    private void load() {
        blocks.clear();
        withProblems.clear();
        original.forEach(block -> blocks.add(block.deepCopy()));
        for (int i = 0; i < size(); i++) {
            parse(i);
        }
        for (int i = 0; i < size(); i++) {
            check(i);
        }
    }

    private void edited(int position) {
        edited = position;
        recheck(position);
    }

    /** Hashes the block again and checks it and the next one: what any change of a block costs. */
    private void recheck(int position) {
        int firstBefore = firstInvalid();
        parse(position);
        check(position);
        if (position + 1 < size()) {
            check(position + 1);
        }
        int firstAfter = firstInvalid();
        listener.changed(position, Math.min(size(), position + 2));
        if (firstBefore != firstAfter) {
            int a = firstBefore < 0 ? size() : firstBefore;
            int b = firstAfter < 0 ? size() : firstAfter;
            listener.changed(Math.min(a, b), Math.max(a, b));
        }
    }

    /** Builds the block from its JSON under the rules: the one hash an edit costs. */
    private void parse(int position) {
        try {
            parsed[position] = Block.fromJson(blocks.get(position), rules.hasher());
            shapeProblem[position] = null;
        } catch (InvalidBlockException e) {
            parsed[position] = null;
            shapeProblem[position] =
                    e.text(); // shown as the block's reason: this is the expected outcome of a bad edit
        }
    }

    private void check(int position) {
        ChainText problem;
        if (parsed[position] == null) {
            problem = shapeProblem[position];
        } else if (position == 0) {
            problem = rules.genesisProblemText(parsed[0]);
        } else if (parsed[position - 1] == null) {
            problem = ChainText.of("chain.sandbox.followsUnreadable", indexAt(position - 1));
        } else {
            problem = validator.linkProblemText(parsed[position - 1], parsed[position]);
        }
        own[position] = problem;
        if (problem == null) {
            withProblems.remove(position);
        } else {
            withProblems.add(position);
        }
    }
}
