package dev.blockdesk.ui.bench;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.PowPuzzle;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.chain.lab.SandboxChain;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.i18n.Messages;
import dev.blockdesk.ui.sandbox.SandboxViewModel;
import dev.blockdesk.ui.sandbox.SandboxWindows;
import dev.blockdesk.ui.shell.BlockdeskApp;
import dev.blockdesk.ui.shell.FileDialogs;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The sandbox typing benchmark of docs/BENCHMARKS.md, started by the hidden {@code --sandbox-bench}
 * option: opens a tamper sandbox of 1,000 dvf blocks (two transactions each) and types into the
 * amount of block 501, as a fast typist does (a key every 40 ms, digits and backspaces in turn), so
 * each keystroke re-hashes a block, re-checks two and turns half the chain red or green. For each
 * key it records how long its handling took on the FX thread, and the time from the key to the end
 * of the layout pass that shows it (what is left is drawing, on the render thread).
 */
final class SandboxBench {

    private static final System.Logger LOG = System.getLogger(SandboxBench.class.getName());
    private static final int BLOCKS = 1_000;
    private static final int TYPED_BLOCK = 501;
    private static final long KEY_MILLIS = 40;

    private final long durationNanos;
    private final Runnable done;
    private final ScheduledExecutorService typist = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "blockdesk-sandbox-bench");
        thread.setDaemon(true);
        return thread;
    });
    private final long[] handling = new long[100_000];
    private final long[] toLayout = new long[100_000];
    private int keys;
    private int laidOut;
    private long pendingSince;
    private long started;
    private TextField amount;
    private Stage stage;

    private SandboxBench(long durationNanos, Runnable done) {
        this.durationNanos = durationNanos;
        this.done = done;
    }

    /** Opens the sandbox over {@code owner}, types for {@code seconds}, logs the figures, then runs {@code done}. FX thread. */
    static void run(Window owner, double seconds, Runnable done) {
        new SandboxBench((long) (seconds * 1e9), done).start(owner);
    }

    private void start(Window owner) {
        ChainRules rules = Dialects.rules("dvf", 1);
        SandboxViewModel model = new SandboxViewModel(
                () -> null,
                new Background(
                        Runnable::run, Platform::runLater, notice -> LOG.log(System.Logger.Level.WARNING, notice)),
                Platform::runLater);
        stage = new SandboxWindows(
                        () -> null,
                        null,
                        FileDialogs.NATIVE,
                        () -> owner,
                        BlockdeskApp.class.getResource("blockdesk.css"))
                .show(model, Messages.tr("bench.sandbox.title", String.valueOf(BLOCKS)));
        model.show(
                SandboxChain.of(rules, chain(rules)),
                Messages.tr("bench.sandbox.chain", String.valueOf(BLOCKS)),
                TYPED_BLOCK - 1);
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(this::laidOut);
        startTyping(scene, 40);
    }

    /** Types once the card of the typed block is laid out and shown; it looks again every 250 ms, {@code attempts} times. */
    private void startTyping(Scene scene, int attempts) {
        javafx.animation.PauseTransition settle =
                new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
        settle.setOnFinished(e -> {
            amount = amountField(scene);
            if (amount == null) {
                if (attempts == 0) {
                    throw new IllegalStateException("block " + TYPED_BLOCK + "'s card was never shown");
                }
                startTyping(scene, attempts - 1);
                return;
            }
            amount.requestFocus();
            started = System.nanoTime();
            typist.scheduleAtFixedRate(
                    () -> Platform.runLater(this::key), KEY_MILLIS, KEY_MILLIS, TimeUnit.MILLISECONDS);
        });
        settle.play();
    }

    private static TextField amountField(Scene scene) {
        for (Node card : scene.getRoot().lookupAll("#sandboxBlock-" + TYPED_BLOCK)) {
            if (card.getParent() != null && card.getParent().isVisible()) {
                return (TextField) card.lookup("#sandboxAmount-0");
            }
        }
        return null;
    }

    private void key() {
        if (System.nanoTime() - started >= durationNanos || keys == handling.length) {
            finish();
            return;
        }
        long start = System.nanoTime();
        if (keys % 2 == 0) {
            Event.fireEvent(
                    amount,
                    new KeyEvent(
                            KeyEvent.KEY_TYPED,
                            String.valueOf((char) ('1' + keys % 9)),
                            "",
                            KeyCode.UNDEFINED,
                            false,
                            false,
                            false,
                            false));
        } else {
            Event.fireEvent(
                    amount, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.BACK_SPACE, false, false, false, false));
        }
        handling[keys++] = System.nanoTime() - start;
        if (pendingSince == 0) {
            pendingSince = start;
        }
    }

    private void laidOut() {
        if (pendingSince != 0 && laidOut < toLayout.length) {
            toLayout[laidOut++] = System.nanoTime() - pendingSince;
            pendingSince = 0;
        }
    }

    private void finish() {
        if (typist.isShutdown()) {
            return;
        }
        typist.shutdownNow();
        LOG.log(System.Logger.Level.INFO, summary());
        stage.close();
        done.run();
    }

    /** {@code typed 250 keys into block 501's amount in a sandbox of 1,000 blocks: handling median …; key to laid out median …}. */
    private String summary() {
        long[] handled = Arrays.copyOf(handling, keys);
        long[] shown = Arrays.copyOf(toLayout, laidOut);
        Arrays.sort(handled);
        Arrays.sort(shown);
        // not shown: a line for the log
        return String.format(
                Locale.ROOT,
                "typed %d keys into block %d's amount in a sandbox of %,d blocks: handling median %.2f ms,"
                        + " 99th percentile %.2f ms, longest %.2f ms; key to laid out median %.2f ms, 99th percentile %.2f ms, longest %.2f ms",
                keys,
                TYPED_BLOCK,
                BLOCKS,
                at(handled, 0.5),
                at(handled, 0.99),
                at(handled, 1),
                at(shown, 0.5),
                at(shown, 0.99),
                at(shown, 1));
    }

    private static double at(long[] sorted, double share) {
        return sorted.length == 0
                ? 0
                : sorted[Math.min(sorted.length - 1, (int) Math.floor(sorted.length * share))] / 1e6;
    }

    /** 1,000 valid dvf blocks at difficulty 1, each with a payment and a reward. */
    private static Chain chain(ChainRules rules) {
        Chain chain = Chain.startingAt(rules, 1_700_000_000.5);
        while (chain.length() < BLOCKS) {
            Block tip = chain.tip();
            PowPuzzle puzzle = rules.proof().puzzleAfter(tip);
            long proof = rules.proof().search(puzzle).scan(0, Long.MAX_VALUE);
            List<Transaction> txs = List.of(
                    Transaction.of("alice", "bob", IntNode.valueOf((int) tip.index())),
                    Transaction.reward("6f1e0d2c3b4a59687766554433221100", IntNode.valueOf(1)));
            chain = chain.append(
                    Block.create(tip.index() + 1, tip.timestamp() + 10.5, txs, proof, tip.hash(), rules.hasher()));
        }
        return chain;
    }
}
