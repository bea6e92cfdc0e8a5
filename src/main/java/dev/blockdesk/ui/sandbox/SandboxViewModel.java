package dev.blockdesk.ui.sandbox;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.Miner;
import dev.blockdesk.chain.lab.SandboxChain;
import dev.blockdesk.chain.lab.SandboxExplanation;
import dev.blockdesk.chain.lab.SandboxFile;
import dev.blockdesk.chain.lab.SandboxMining;
import dev.blockdesk.store.AtomicFile;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.DesktopNode;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tamper sandbox: a copy of a chain (ours, or any chain file) that the learner edits, mines and
 * resets, checked on every keystroke under the dialect's real rules ({@link SandboxChain}). Nothing
 * in it ever reaches the node. Mining runs on the miner's threads; its progress is read by
 * {@link #tick()}, which the window calls on a timer, so a busy miner never floods the FX thread.
 * Everything here runs on the FX thread ({@code fx}); files are read and written by {@code background}.
 *
 * <p>It does one thing, the state of one sandbox window; its length is that window's actions (open,
 * edit, mine, cancel, reset, export), each a few lines handing the work to the part that owns it:
 * {@link SandboxChain} checks, {@link SandboxMining} mines, {@link SandboxOpening} and
 * {@link SandboxFile} read and write, {@link SandboxTexts} words the verdicts.
 */
public final class SandboxViewModel implements AutoCloseable {

    private final Supplier<DesktopNode> node;
    private final Background background;
    private final Executor fx;
    private final ObservableList<SandboxRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(Messages.tr("sandbox.opening"));
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper mining = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private SandboxChain chain;
    private SandboxMining run;
    private Miner miner;
    private long lengthAtStart;

    /**
     * @param node       the running node, or null before it runs: only read (its chain, rules and length), never changed
     * @param background where files are read and written
     * @param fx         the thread that owns the sandbox: where mining results land
     */
    public SandboxViewModel(Supplier<DesktopNode> node, Background background, Executor fx) {
        this.node = node;
        this.background = background;
        this.fx = fx;
    }

    // ---- opening

    /** Opens a copy of our chain with {@code selectedBlock} (may be null) selected; the copy is made off the FX thread. */
    public void openOurChain(Block selectedBlock) {
        DesktopNode running = node.get();
        // not shown: the action names the log line, a failure is shown by failed()
        background.call(
                "open our chain in the sandbox",
                () -> SandboxOpening.ours(running, selectedBlock),
                this::show,
                this::failed);
    }

    /** Opens a chain file, valid or not, in the dialect it fits best; read off the FX thread. */
    public void openFile(Path file) {
        String name = String.valueOf(file.getFileName());
        List<ChainRules> candidates = SandboxOpening.candidates(node.get());
        background.call("open " + name, () -> SandboxOpening.file(file, candidates), this::show, error -> {
            source.set(Messages.tr("sandbox.openFailed", name));
            failed(error);
        });
    }

    private void show(SandboxOpening.Opened opened) {
        show(opened.chain(), opened.from(), opened.position());
    }

    /** Shows {@code sandbox}, described as {@code from}, with the block at {@code position} selected (-1: none). */
    public void show(SandboxChain sandbox, String from, int position) {
        stopMining();
        chain = sandbox;
        List<SandboxRow> fresh = new ArrayList<>(sandbox.size());
        for (int i = 0; i < sandbox.size(); i++) {
            fresh.add(new SandboxRow(i));
        }
        rows.setAll(fresh);
        sandbox.setListener(this::changed);
        source.set(from);
        report.set("");
        loaded.set(true);
        selected.set(position);
        texts();
    }

    // ---- editing (refused while mining: the miner is rewriting the blocks)

    public void edit(int position, SandboxChain.Field field, String text) {
        if (editable()) {
            chain.setText(position, field, text);
        }
    }

    public void editTransaction(int position, int tx, SandboxChain.TxField field, String text) {
        if (editable()) {
            chain.setTransactionText(position, tx, field, text);
        }
    }

    public void addTransaction(int position) {
        if (editable()) {
            chain.addTransaction(position, "alice", "bob", IntNode.valueOf(1));
        }
    }

    public void removeTransaction(int position, int tx) {
        if (editable()) {
            chain.removeTransaction(position, tx);
        }
    }

    private boolean editable() {
        return chain != null && !mining.get();
    }

    private void changed(int from, int to) {
        for (int i = from; i < to; i++) {
            rows.get(i).changed();
        }
        texts();
    }

    private void texts() {
        verdict.set(SandboxTexts.verdict(chain));
        int edited = chain.editedPosition();
        explanation.set(Messages.tr(SandboxExplanation.text(chain.rules(), edited < 0 ? null : chain.indexAt(edited))));
    }

    // ---- mining

    /** Mine on the selected block: re-link it and search its proof. Completes when the run has ended and been reported. */
    public CompletableFuture<Void> mineSelected() {
        return mine(selected.get(), selected.get() + 1);
    }

    /** Re-link and mine from the selected block on: every later block in turn. */
    public CompletableFuture<Void> mineFromSelected() {
        return mine(selected.get(), chain == null ? 0 : chain.size());
    }

    private CompletableFuture<Void> mine(int from, int to) {
        CompletableFuture<Void> reported = new CompletableFuture<>();
        if (!editable()) {
            reported.complete(null);
            return reported;
        }
        if (from < 1) {
            report.set(from == 0 ? Messages.tr("sandbox.mine.genesis") : Messages.tr("sandbox.mine.selectFirst"));
            reported.complete(null);
            return reported;
        }
        if (miner == null) {
            miner = new Miner(0);
        }
        lengthAtStart = nodeLength();
        report.set("");
        try {
            run = SandboxMining.start(chain, from, to, miner, fx);
        } catch (RuntimeException e) {
            report.set(Messages.tr("sandbox.mine.cannot", String.valueOf(chain.indexAt(from)), Background.reason(e)));
            reported.complete(null);
            return reported;
        }
        SandboxMining started = run;
        mining.set(true);
        tick();
        started.result()
                .whenComplete((outcome, error) -> fx.execute(() -> {
                    finished(started, outcome, error);
                    reported.complete(null);
                }));
        return reported;
    }

    private void finished(SandboxMining ended, SandboxMining.Outcome outcome, Throwable error) {
        if (run != ended) {
            return; // a run replaced by Reset or another chain: its report is not wanted
        }
        run = null;
        mining.set(false);
        progress.set("");
        if (error != null) {
            report.set(Messages.tr("sandbox.mine.stopped", Background.reason(error)));
        } else {
            long now = nodeLength();
            report.set(SandboxTexts.report(chain, outcome, now < 0 || lengthAtStart < 0 ? -1 : now - lengthAtStart));
        }
    }

    /** The progress line, read from the miner; the window calls this on a timer. */
    public void tick() {
        if (run != null) {
            progress.set(SandboxTexts.progress(chain, run));
        }
    }

    public void cancel() {
        if (run != null) {
            run.cancel();
        }
    }

    private void stopMining() {
        if (run != null) {
            run.cancel();
            run = null;
            mining.set(false);
            progress.set("");
        }
    }

    private long nodeLength() {
        DesktopNode running = node.get();
        return running == null ? -1 : running.chain().length();
    }

    // ---- reset and export

    /** Every block back to what was opened; a run under way is cancelled. */
    public void reset() {
        if (chain == null) {
            return;
        }
        stopMining();
        chain.reset();
        report.set(Messages.tr("sandbox.reset.done"));
    }

    /** Writes the sandbox chain, valid or not, as its dialect's chain file; {@code done} gets the report on the FX thread. */
    public void exportTo(Path file) {
        if (chain == null) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            SandboxFile.write(chain, bytes);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory", e);
        }
        String what = chain.isValid()
                ? Messages.tr("sandbox.export.valid", chain.rules().id())
                : Messages.tr("sandbox.export.invalid", String.valueOf(chain.indexAt(chain.firstInvalid())));
        int blocks = chain.size();
        // not shown: the action names the log line, a failure is shown by failed()
        background.call(
                "export the sandbox chain",
                () -> {
                    AtomicFile.write(file, out -> bytes.writeTo(out));
                    return file;
                },
                written -> report.set(
                        Messages.tr("sandbox.export.done", Formats.blocks(blocks), String.valueOf(written), what)),
                this::failed);
    }

    private void failed(Exception error) {
        report.set(Background.reason(error));
    }

    /** Stops mining and lets the miner's threads go: the window was closed. */
    @Override
    public void close() {
        stopMining();
        if (miner != null) {
            miner.close();
            miner = null;
        }
    }

    // ---- what the window shows

    public ObservableList<SandboxRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The sandbox chain, or null before one is opened. */
    public SandboxChain chain() {
        return chain;
    }

    /** The position of the selected block, -1 for none. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the last action came to: a mining report, an export, an error. */
    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty miningProperty() {
        return mining.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
