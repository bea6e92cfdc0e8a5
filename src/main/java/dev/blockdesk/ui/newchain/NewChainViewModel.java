package dev.blockdesk.ui.newchain;

import static dev.blockdesk.ui.i18n.Messages.tr;

import dev.blockdesk.app.ChainReset;
import dev.blockdesk.app.NewChain;
import dev.blockdesk.chain.ChainText;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.PyscoopRules;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.i18n.Messages;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File → New chain…: the dialect, the difficulty (each with its expected time per block at this
 * machine's measured hash rate), the reward, and where the chain starts: here, resetting this data
 * directory after a confirmation that names what is lost, or in a new data directory opened in a
 * new window. FX thread; the measuring and the starting run through {@link Background}.
 *
 * <p>It does one thing, the one dialog's state: its length is the dialog's inputs, each checked as
 * typed, and their messages. The confirmation's words are {@link ResetConfirmation}'s, the expected
 * times {@link ExpectedTime}'s, and what a start does is the {@link ChainStarter}'s.
 */
public final class NewChainViewModel {

    /** Where the new chain starts. */
    public enum Where {
        RESET_HERE,
        NEW_FOLDER
    }

    /** The difficulty of the one row a dialect without difficulty (pyscoop) shows. */
    public static final int NO_DIFFICULTY = 0;

    /**
     * One difficulty as the list shows it.
     *
     * @param difficulty leading zeros, or {@link #NO_DIFFICULTY}
     * @param tries      the expected tries per block ("65,536 tries")
     * @param time       the expected time per block at the measured rate ("≈ 40 ms"), or what is known instead
     */
    public record DifficultyChoice(int difficulty, String tries, String time) {
        @Override
        public String toString() {
            return (difficulty == NO_DIFFICULTY ? "–" : Integer.toString(difficulty)) + "   " + tries + "   " + time;
        }
    }

    private final ChainStarter starter;
    private final Background background;
    private final Clock clock;
    private final ChainStarter.Current current;
    private final ObservableList<String> dialects = FXCollections.observableArrayList(Dialects.IDS);
    private final ObjectProperty<String> dialect = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> difficulty = new SimpleObjectProperty<>();
    private final ObservableList<DifficultyChoice> difficulties = FXCollections.observableArrayList();
    private final StringProperty reward = new SimpleStringProperty();
    private final ObjectProperty<Where> where = new SimpleObjectProperty<>(Where.RESET_HERE);
    private final StringProperty folder = new SimpleStringProperty("");
    private final BooleanProperty keepPeers = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper tutorial = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rateNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rewardError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper folderError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper difficultyApplies = new ReadOnlyBooleanWrapper(true);
    private final BooleanBinding canStart;
    private final Map<String, Double> rates = new HashMap<>();
    private boolean rewardEdited;
    private boolean settingReward;
    private Instant confirmedAt;

    public NewChainViewModel(ChainStarter starter, Background background, Clock clock) {
        this.starter = starter;
        this.background = background;
        this.clock = clock;
        this.current = starter.current();
        canStart = Bindings.createBooleanBinding(
                () -> !busy.get()
                        && !finished.get()
                        && rewardError.get().isEmpty()
                        && (where.get() == Where.RESET_HERE || folderError.get().isEmpty()),
                busy,
                finished,
                rewardError,
                folderError,
                where);
        reward.addListener((o, was, now) -> {
            rewardEdited |= !settingReward;
            ChainText problem = NewChain.rewardProblemText(now);
            rewardError.set(problem == null ? "" : Messages.tr(problem));
        });
        folder.addListener((o, was, now) -> checkFolder());
        dialect.addListener((o, was, now) -> dialectChosen(now));
        setReward(current.reward());
        dialect.set(current.dialect());
        difficulty.set(Math.max(NewChain.MIN_DIFFICULTY, Math.min(NewChain.MAX_DIFFICULTY, current.difficulty())));
        checkFolder();
    }

    private void setReward(String value) {
        settingReward = true;
        try {
            reward.set(value);
        } finally {
            settingReward = false;
        }
    }

    private void dialectChosen(String id) {
        tutorial.set(tutorial(id));
        if (!rewardEdited && !id.equals(current.dialect())) {
            setReward(NewChain.defaultReward(id));
        } else if (!rewardEdited) {
            setReward(current.reward());
        }
        difficultyApplies.set(!PyscoopRules.ID.equals(id));
        if (difficultyApplies.get() && !rates.containsKey(id)) {
            measure(id);
        }
        showDifficulties();
    }

    /** Which tutorial's node speaks {@code id}, in the window's language (the chain layer's text for it). */
    private static String tutorial(String id) {
        return Dialects.rules(id, 0).tutorialText().in(Messages.language().locale());
    }

    private void measure(String id) {
        rateNote.set(tr("newchain.rate.measuring", id));
        background.call(
                "measure the hash rate", // not shown: what the log says is under way
                () -> starter.hashRate(id),
                rate -> {
                    rates.put(id, rate);
                    if (id.equals(dialect.get())) {
                        showDifficulties();
                    }
                },
                error -> {
                    if (id.equals(dialect.get())) {
                        rateNote.set(tr("newchain.rate.failed", Background.reason(error)));
                    }
                });
    }

    private void showDifficulties() {
        String id = dialect.get();
        Double rate = rates.get(id);
        if (!difficultyApplies.get()) {
            rateNote.set(tr("newchain.rate.pyscoop"));
        } else if (rate != null) {
            rateNote.set(
                    current.minerThreads() == 1
                            ? tr("newchain.rate.measuredOne", Formats.hashRate(rate), id)
                            : tr(
                                    "newchain.rate.measuredMany",
                                    Formats.hashRate(rate),
                                    id,
                                    String.valueOf(current.minerThreads())));
        }
        if (!difficultyApplies.get()) {
            difficulties.setAll(List.of(new DifficultyChoice(
                    NO_DIFFICULTY, tr("newchain.tries.other", "7"), tr("newchain.time.noDifficulty"))));
            return;
        }
        List<DifficultyChoice> rows = new java.util.ArrayList<>();
        for (int d = NewChain.MIN_DIFFICULTY; d <= NewChain.MAX_DIFFICULTY; d++) {
            double tries = Dialects.rules(id, d).proof().expectedTries();
            String time = rate == null ? tr("newchain.time.measuring") : ExpectedTime.of(tries / rate);
            String count = Formats.count(tries);
            rows.add(new DifficultyChoice(
                    d, tries == 1 ? tr("newchain.tries.one", count) : tr("newchain.tries.other", count), time));
        }
        difficulties.setAll(rows);
    }

    private void checkFolder() {
        String text = folder.get() == null ? "" : folder.get().strip();
        if (text.isEmpty()) {
            folderError.set(tr("newchain.folder.empty"));
            return;
        }
        try {
            Path path = Path.of(text);
            folderError.set(
                    path.isAbsolute()
                            ? ""
                            : tr(
                                    "newchain.folder.notWhole",
                                    current.dataDir()
                                            .resolveSibling("class-chain")
                                            .toString()));
        } catch (InvalidPathException e) {
            folderError.set(tr("newchain.folder.invalid", e.getReason()));
        }
    }

    /** The choice as made; null while something typed cannot be used. */
    private NewChain choice() {
        try {
            return new NewChain(dialect.get(), difficulty.get(), reward.get(), keepPeers.get());
        } catch (IllegalArgumentException e) {
            message.set(Background.reason(e));
            return null;
        }
    }

    /**
     * What a reset loses, in words, for the user to confirm: the chain (kept as a file, named), the
     * pending transactions, the orphaned blocks, the peers kept or forgotten; and what starts instead.
     */
    public String confirmation() {
        confirmedAt = clock.instant();
        return ResetConfirmation.text(
                current,
                ChainReset.archiveName(confirmedAt, clock.getZone()),
                dialect.get(),
                difficultyApplies.get() ? difficulty.get() : null,
                reward.get().strip(),
                keepPeers.get());
    }

    /** Starts the new chain as chosen: the reset once confirmed ({@link #confirmation()}), or the new data directory. */
    public void start() {
        NewChain choice = choice();
        if (choice == null || !canStart.get()) {
            return;
        }
        busy.set(true);
        if (where.get() == Where.RESET_HERE) {
            Instant at = confirmedAt != null ? confirmedAt : clock.instant();
            message.set(tr("newchain.resetting", choice.dialect()));
            background.call(
                    "reset the chain",
                    () -> starter.reset(choice, at), // not shown: what the log says is under way
                    file -> done(tr("newchain.reset.done", file.getFileName().toString(), choice.dialect())),
                    this::failed);
        } else {
            Path dir = Path.of(folder.get().strip());
            message.set(tr("newchain.opening", dir.toString()));
            background.call(
                    "start a chain in a new folder", // not shown: what the log says is under way
                    () -> starter.openNew(dir, choice),
                    this::done,
                    this::failed);
        }
    }

    private void done(String text) {
        busy.set(false);
        finished.set(true);
        message.set(text);
    }

    private void failed(Exception error) {
        busy.set(false);
        message.set(tr("newchain.failed", Background.reason(error)));
    }

    /** The node and data directory this dialog started from. */
    public ChainStarter.Current current() {
        return current;
    }

    public ObservableList<String> dialects() {
        return dialects;
    }

    public ObjectProperty<String> dialectProperty() {
        return dialect;
    }

    /** Which tutorial's node speaks the chosen dialect. */
    public ReadOnlyStringProperty tutorialProperty() {
        return tutorial.getReadOnlyProperty();
    }

    /** The chosen difficulty, 1 to 7. */
    public ObjectProperty<Integer> difficultyProperty() {
        return difficulty;
    }

    /** Each difficulty, 1 to 7, with its expected tries and time per block in the chosen dialect. */
    public ObservableList<DifficultyChoice> difficulties() {
        return difficulties;
    }

    /** False for pyscoop, whose proof has no difficulty. */
    public ReadOnlyBooleanProperty difficultyAppliesProperty() {
        return difficultyApplies.getReadOnlyProperty();
    }

    /** How the expected times were found: the measured rate, or that it is being measured. */
    public ReadOnlyStringProperty rateNoteProperty() {
        return rateNote.getReadOnlyProperty();
    }

    public StringProperty rewardProperty() {
        return reward;
    }

    /** Why the reward typed cannot be used; empty when it can. */
    public ReadOnlyStringProperty rewardErrorProperty() {
        return rewardError.getReadOnlyProperty();
    }

    public ObjectProperty<Where> whereProperty() {
        return where;
    }

    /** The new data directory's folder, for {@link Where#NEW_FOLDER}. */
    public StringProperty folderProperty() {
        return folder;
    }

    /** Why the folder cannot be used; empty when it can (whether it is empty is checked when starting). */
    public ReadOnlyStringProperty folderErrorProperty() {
        return folderError.getReadOnlyProperty();
    }

    /** Whether a reset keeps the peers. */
    public BooleanProperty keepPeersProperty() {
        return keepPeers;
    }

    /** What is under way, what went wrong, or what was done. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the new chain was started: the dialog has nothing more to do. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** True when Start would start: nothing under way, nothing typed that cannot be used. */
    public BooleanBinding canStartProperty() {
        return canStart;
    }
}
