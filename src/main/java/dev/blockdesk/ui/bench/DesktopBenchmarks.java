package dev.blockdesk.ui.bench;

import dev.blockdesk.app.DesktopOptions;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.util.Duration;

/**
 * The desktop benchmarks of docs/BENCHMARKS.md, started when their hidden options are given:
 * {@code --fx-probe} logs how late the FX thread runs, {@code --scroll-bench} scrolls the blocks
 * table (or its cards, with {@code --scroll-bench-cards}) and quits. Nothing runs without those options.
 */
public final class DesktopBenchmarks implements AutoCloseable {

    private FxStallProbe probe;

    private DesktopBenchmarks() {}

    /** Starts what {@code options} ask for, once the node runs. FX thread. */
    public static DesktopBenchmarks start(DesktopOptions options, Scene scene) {
        DesktopBenchmarks benchmarks = new DesktopBenchmarks();
        if (options.fxProbe()) {
            benchmarks.probe = FxStallProbe.start(java.time.Duration.ofSeconds(10));
        }
        if (options.scrollBenchSeconds() != null) {
            // After a few ticks, so the table holds the checked chain and has laid it out.
            PauseTransition settle = new PauseTransition(Duration.seconds(1));
            settle.setOnFinished(e -> {
                if (options.scrollBenchCards()) {
                    ListView<?> cards = (ListView<?>) scene.lookup("#chainCards");
                    ScrollBench.run(cards, cards.getItems(), "cards", options.scrollBenchSeconds(), Platform::exit);
                } else {
                    TableView<?> table = (TableView<?>) scene.lookup("#blocksTable");
                    ScrollBench.run(table, table.getItems(), "rows", options.scrollBenchSeconds(), Platform::exit);
                }
            });
            settle.play();
        }
        if (options.sandboxBenchSeconds() != null) {
            PauseTransition settle = new PauseTransition(Duration.seconds(1));
            settle.setOnFinished(
                    e -> SandboxBench.run(scene.getWindow(), options.sandboxBenchSeconds(), Platform::exit));
            settle.play();
        }
        return benchmarks;
    }

    @Override
    public void close() {
        if (probe != null) {
            probe.close();
        }
    }
}
