package dev.blockdesk.ui.playground;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.PowPuzzle;
import dev.blockdesk.chain.ProofOfWork;
import dev.blockdesk.chain.ProofRule;
import dev.blockdesk.chain.ProofTrial;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.i18n.Messages;
import java.math.BigInteger;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The proof-of-work builder: the learner types a last proof, a proof and a previous hash, picks a
 * dialect and a difficulty, and sees on every keystroke what that dialect's real rule computes (the
 * exact text it hashes, or for pyscoop its sum), the result, and the verdict: all from
 * {@link ProofRule#trial}, the rule's own code. "Next valid proof" runs the rule's own miner search
 * from the proof typed, off the FX thread and for a bounded number of tries.
 */
public final class ProofBuilderViewModel {

    /** The most tries one "Next valid proof" makes: a second or two of one core. */
    static final long SEARCH_LIMIT = 5_000_000;

    static final int MAX_DIFFICULTY = ProofOfWork.MAX_DIFFICULTY;

    private final ObjectProperty<String> dialect = new SimpleObjectProperty<>(Dialects.IDS.get(0));
    private final ObjectProperty<Integer> difficulty = new SimpleObjectProperty<>(ProofOfWork.DEFAULT_DIFFICULTY);
    private final StringProperty lastProof = new SimpleStringProperty("100");
    private final StringProperty proof = new SimpleStringProperty("0");
    private final StringProperty previousHash = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper formula = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper inputCaption = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper input = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hashes = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Boolean> valid = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper leavesOpen = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper difficultyApplies = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper usesPreviousHash = new ReadOnlyBooleanWrapper(true);
    private final BooleanProperty searching = new SimpleBooleanProperty();
    private final Background background;
    private String nodeDialect = Dialects.IDS.get(0);

    ProofBuilderViewModel(Background background) {
        this.background = background;
        javafx.beans.value.ChangeListener<Object> changed = (o, was, now) -> update();
        List.<javafx.beans.value.ObservableValue<?>>of(dialect, difficulty, lastProof, proof, previousHash)
                .forEach(p -> p.addListener(changed));
        update();
    }

    /** Starts from our chain's tip in our dialect: its proof as the last proof, its hash as the previous hash, proof 0. */
    void startFrom(ChainRules rules, Block tip) {
        nodeDialect = rules.id();
        if (rules.proof().difficulty() >= 0) {
            difficulty.set(rules.proof().difficulty());
        }
        dialect.set(rules.id());
        lastProof.set(tip.proofText());
        previousHash.set(tip.hash());
        proof.set("0");
        update();
    }

    /** The dialect the node speaks, which the dialect list marks. */
    String nodeDialect() {
        return nodeDialect;
    }

    private void update() {
        Inputs in = inputs();
        if (in == null) {
            return;
        }
        ProofRule rule = in.rules().proof();
        ProofTrial trial = rule.trial(in.lastProof(), in.proof(), previousHash.get());
        message.set("");
        formula.set(trial.formula());
        hashes.set(trial.hashes());
        inputCaption.set(
                trial.hashes()
                        ? Messages.tr("playground.input.hashed", in.rules().id())
                        : Messages.tr("playground.input.computed", in.rules().id()));
        input.set(trial.input());
        result.set(trial.result());
        verdict.set(Messages.tr(trial.verdictText()));
        valid.set(trial.valid());
        leavesOpen.set(Messages.tr(rule.leavesOpenText()));
        difficultyApplies.set(rule.difficulty() >= 0);
        usesPreviousHash.set(!rule.trial(in.lastProof(), in.proof(), previousHash.get() + "x")
                .input()
                .equals(trial.input()));
    }

    /** The inputs read, or null with the reason in {@link #messageProperty()} and no verdict shown. */
    private Inputs inputs() {
        String problem = null;
        ChainRules rules = null;
        BigInteger last = wholeNumber(lastProof.get());
        BigInteger typed = wholeNumber(proof.get());
        Integer zeros = difficulty.get();
        if (last == null) {
            problem = Messages.tr("playground.problem.lastProof");
        } else if (typed == null) {
            problem = Messages.tr("playground.problem.proof");
        } else if (zeros == null || zeros < 0 || zeros > MAX_DIFFICULTY) {
            problem = Messages.tr("playground.problem.difficulty", String.valueOf(MAX_DIFFICULTY));
        } else {
            rules = Dialects.rules(dialect.get(), zeros);
        }
        if (problem != null) {
            message.set(problem);
            formula.set("");
            input.set("");
            result.set("");
            verdict.set("");
            valid.set(null);
            return null;
        }
        return new Inputs(rules, last, typed);
    }

    private record Inputs(ChainRules rules, BigInteger lastProof, BigInteger proof) {}

    private static BigInteger wholeNumber(String text) {
        String stripped = text == null ? "" : text.strip();
        if (!stripped.matches("-?[0-9]{1,4000}")) {
            return null;
        }
        return new BigInteger(stripped);
    }

    /**
     * Finds the first proof after the one typed that the rule accepts, with the rule's own search
     * (the miner's), off the FX thread, trying at most {@link #SEARCH_LIMIT}. The proof found is
     * typed in for the learner; inputs changed meanwhile win, and the result is dropped.
     */
    public void nextValidProof() {
        Inputs in = inputs();
        if (in == null || searching.get()) {
            return;
        }
        if (in.proof().signum() < 0
                || in.proof().bitLength() > 62
                || in.lastProof().signum() < 0
                || in.lastProof().bitLength() > 62) {
            message.set(Messages.tr("playground.search.range"));
            return;
        }
        String asked = snapshot();
        long from = in.proof().longValueExact() + 1;
        PowPuzzle puzzle = new PowPuzzle(
                in.lastProof().toString(), previousHash.get(), 0, in.rules().proof());
        searching.set(true);
        message.set(Messages.tr("playground.search.searching", Formats.count(from)));
        // not shown: the action names the log line, a failure is shown by the handler
        background.call(
                "search a proof",
                () -> in.rules().proof().search(puzzle).scan(from, from + SEARCH_LIMIT),
                found -> {
                    searching.set(false);
                    if (!asked.equals(snapshot())) {
                        message.set("");
                        return; // the learner typed on: what they typed stands
                    }
                    if (found < 0) {
                        proof.set(Long.toString(from + SEARCH_LIMIT - 1));
                        message.set(Messages.tr(
                                "playground.search.none",
                                Formats.count(from),
                                Formats.count(from + SEARCH_LIMIT - 1),
                                String.valueOf(difficulty.get()),
                                Formats.count(in.rules().proof().expectedTries())));
                    } else {
                        proof.set(Long.toString(found));
                        message.set(Messages.tr(
                                "playground.search.found",
                                Formats.count(found),
                                Formats.count(from - 1),
                                Formats.count(found - from + 1)));
                    }
                },
                error -> {
                    searching.set(false);
                    message.set(Messages.tr("playground.search.failed", Background.reason(error)));
                });
    }

    private String snapshot() {
        return dialect.get() + "\n" + difficulty.get() + "\n" + lastProof.get() + "\n" + proof.get() + "\n"
                + previousHash.get();
    }

    public ObjectProperty<String> dialectProperty() {
        return dialect;
    }

    public ObjectProperty<Integer> difficultyProperty() {
        return difficulty;
    }

    public StringProperty lastProofProperty() {
        return lastProof;
    }

    public StringProperty proofProperty() {
        return proof;
    }

    public StringProperty previousHashProperty() {
        return previousHash;
    }

    /** What the rule computes, in the tutorial's terms. */
    public ReadOnlyStringProperty formulaProperty() {
        return formula.getReadOnlyProperty();
    }

    /** "The exact text dvf hashes (UTF-8):", or for a rule without hashing what it computes. */
    public ReadOnlyStringProperty inputCaptionProperty() {
        return inputCaption.getReadOnlyProperty();
    }

    /** The exact text hashed, or the computation with the values in. */
    public ReadOnlyStringProperty inputProperty() {
        return input.getReadOnlyProperty();
    }

    /** The SHA-256 hex digest of the input, or the computation's result. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Whether the result is a SHA-256 digest (its leading zeros are what counts). */
    public ReadOnlyBooleanProperty hashesProperty() {
        return hashes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The rule's verdict, or null when the inputs cannot be read. */
    public ReadOnlyObjectProperty<Boolean> validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Why the inputs cannot be read, or what the search found; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What the dialect's rule leaves open, for the learner. */
    public ReadOnlyStringProperty leavesOpenProperty() {
        return leavesOpen.getReadOnlyProperty();
    }

    /** False for a rule without a difficulty (pyscoop's). */
    public ReadOnlyBooleanProperty difficultyAppliesProperty() {
        return difficultyApplies.getReadOnlyProperty();
    }

    /** Whether the previous hash is part of what the rule computes (dvf's), or left out. */
    public ReadOnlyBooleanProperty usesPreviousHashProperty() {
        return usesPreviousHash.getReadOnlyProperty();
    }

    public BooleanProperty searchingProperty() {
        return searching;
    }
}
