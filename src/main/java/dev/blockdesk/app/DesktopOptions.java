package dev.blockdesk.app;

import picocli.CommandLine.Option;

/** The options only the desktop window has, besides those of {@code blockdesk node}. */
public final class DesktopOptions {

    @Option(names = "--mine", description = "Start with Auto-mine on (the toggle is remembered either way).")
    boolean mine;

    @Option(
            names = "--language",
            paramLabel = "LANGUAGE",
            description =
                    "The window's language for this run: en, zh-CN, ko, or system (View → Language chooses it for good).")
    String language;

    @Option(
            names = "--fx-probe",
            hidden = true,
            description =
                    "Log how late the FX thread runs what is posted to it, every 10 s: the benchmark of docs/BENCHMARKS.md.")
    boolean fxProbe;

    @Option(
            names = "--scroll-bench",
            hidden = true,
            paramLabel = "SECONDS",
            description =
                    "Once the node runs, scroll the blocks table for SECONDS, log the frame times, and quit: the benchmark of docs/BENCHMARKS.md.")
    Double scrollBenchSeconds;

    @Option(
            names = "--scroll-bench-cards",
            hidden = true,
            description =
                    "With --scroll-bench: show and scroll the Blocks tab's cards instead of its table (not remembered).")
    boolean scrollBenchCards;

    @Option(
            names = "--sandbox-bench",
            hidden = true,
            paramLabel = "SECONDS",
            description =
                    "Once the window is up, open a tamper sandbox of 1,000 blocks, type into a block's amount for SECONDS, log the"
                            + " keystroke-to-layout times, and quit: the benchmark of docs/BENCHMARKS.md.")
    Double sandboxBenchSeconds;

    /** Seconds of the sandbox typing benchmark, or null for none. */
    public Double sandboxBenchSeconds() {
        return sandboxBenchSeconds;
    }

    /** {@code --language} as given, or null. */
    public String language() {
        return language;
    }

    public boolean mine() {
        return mine;
    }

    public boolean fxProbe() {
        return fxProbe;
    }

    /** Seconds of the scrolling benchmark, or null for none. */
    public Double scrollBenchSeconds() {
        return scrollBenchSeconds;
    }

    /** True when the scrolling benchmark scrolls the Blocks tab's cards, not its table. */
    public boolean scrollBenchCards() {
        return scrollBenchCards;
    }
}
