package dev.blockdesk.ui.playground;

import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.HashRate;
import dev.blockdesk.chain.MiningJob;
import dev.blockdesk.chain.ProofRule;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.i18n.Messages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Expected tries and time of a block at each difficulty from 1 to 8, in the builder's dialect, at
 * this machine's hash rate: from the node's mining job when one has run a while at full speed in
 * that dialect, else measured for a second with the real miner ({@link HashRate#measure}) off the
 * FX thread, once per dialect until asked again. The tries come from the dialect's own rule.
 */
public final class EstimatesViewModel {

    static final int FIRST = 1;
    static final int LAST = 8;
    /** How long a mining job must have run at full speed before its rate is taken instead of measuring. */
    static final Duration JOB_LONG_ENOUGH = Duration.ofSeconds(1);

    /** Measures the rate of {@code dialect} on {@code threads} threads; blocks for a moment. */
    @FunctionalInterface
    public interface Meter {
        HashRate measure(String dialect, int threads) throws Exception;
    }

    private final ObservableList<Estimate> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper rate = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper measuring = new ReadOnlyBooleanWrapper();
    private final Map<String, HashRate> rates = new HashMap<>();
    private final Background background;
    private final Meter meter;
    private final Supplier<Optional<MiningJob>> job;
    private final int threads;
    private String nodeDialect = Dialects.IDS.get(0);
    /** The dialect whose rate is being measured, or null. */
    private String measuringFor;

    private String dialect = Dialects.IDS.get(0);
    private int difficulty;

    /**
     * @param job     the node's mining job under way, if any
     * @param threads the node's miner threads: the rate is measured on as many
     */
    EstimatesViewModel(Background background, Meter meter, Supplier<Optional<MiningJob>> job, int threads) {
        this.background = background;
        this.meter = meter;
        this.job = job;
        this.threads = threads;
    }

    void nodeSpeaks(String id) {
        nodeDialect = id;
    }

    /** Shows the estimates of {@code id} with {@code current} marked, measuring its rate first if none is known. */
    void show(String id, Integer current) {
        dialect = id;
        difficulty = current == null ? -1 : current;
        if (!rates.containsKey(id) && !measuring.get() && hashes(id)) {
            measure();
        }
        fill();
    }

    /** Finds the rate again: from a mining job that has run long enough at full speed, or by measuring. */
    public void measure() {
        String id = dialect;
        if (!hashes(id)) {
            return;
        }
        MiningJob running = job.get().orElse(null);
        if (id.equals(nodeDialect)
                && running != null
                && running.rateLimit() == 0
                && running.elapsed().compareTo(JOB_LONG_ENOUGH) >= 0) {
            rates.put(id, HashRate.of(running));
            fill();
            return;
        }
        if (measuring.get()) {
            return;
        }
        boolean mining =
                running != null && running.rateLimit() == 0; // a job in slow motion leaves the cores to the measurement
        measuring.set(true);
        measuringFor = id;
        fill();
        // not shown: the action names the log line, a failure is shown by the handler
        background.call(
                "measure the hash rate",
                () -> meter.measure(id, threads),
                measured -> {
                    measuring.set(false);
                    measuringFor = null;
                    HashRate shown = mining
                            ? new HashRate(
                                    measured.perSecond(),
                                    measured.threads(),
                                    Messages.tr("playground.rate.shared", Messages.tr(measured.sourceText())))
                            : measured;
                    rates.put(id, shown);
                    if (!dialect.equals(id) && !rates.containsKey(dialect) && hashes(dialect)) {
                        measure(); // the learner picked another dialect meanwhile
                    }
                    fill();
                },
                error -> {
                    measuring.set(false);
                    measuringFor = null;
                    rate.set(Messages.tr("playground.rate.failed", Background.reason(error)));
                });
    }

    private void fill() {
        HashRate known = rates.get(dialect);
        ProofRule sample = Dialects.rules(dialect, FIRST).proof();
        if (sample.difficulty() < 0) {
            rows.clear();
            note.set(Messages.tr("playground.estimates.noDifficulty", dialect, Formats.count(sample.expectedTries())));
        } else {
            note.set("");
            List<Estimate> estimates = new ArrayList<>();
            for (int d = FIRST; d <= LAST; d++) {
                double tries = Dialects.rules(dialect, d).proof().expectedTries();
                String time = known == null ? "…" : Formats.duration(known.secondsFor(tries));
                estimates.add(new Estimate(d, Formats.count(tries), time, d == difficulty));
            }
            rows.setAll(estimates);
        }
        if (dialect.equals(measuringFor)) {
            rate.set(Messages.tr("playground.rate.measuring", dialect));
        } else if (known != null) {
            rate.set(Messages.tr(
                    "playground.rate.at", Formats.hashRate(known.perSecond()), Messages.tr(known.sourceText())));
        } else if (!hashes(dialect)) {
            rate.set("");
        } else if (measuringFor != null) {
            rate.set(Messages.tr("playground.rate.measuringFirst", measuringFor));
        }
    }

    /** Whether {@code id}'s proof is a hash that has a difficulty, so a rate says something. */
    private static boolean hashes(String id) {
        return Dialects.rules(id, FIRST).proof().difficulty() >= 0;
    }

    public ObservableList<Estimate> rows() {
        return rows;
    }

    /** The rate the times are based on and where it comes from, or what is being done to know it. */
    public ReadOnlyStringProperty rateProperty() {
        return rate.getReadOnlyProperty();
    }

    /** Said instead of the table for a dialect without difficulty; empty otherwise. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty measuringProperty() {
        return measuring.getReadOnlyProperty();
    }
}
