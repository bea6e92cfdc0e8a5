package dev.blockdesk.ui.shell;

import dev.blockdesk.chain.ChainReplacement;
import dev.blockdesk.chain.ValidationResult;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.DesktopNode;
import dev.blockdesk.ui.Formats;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * File → Import chain and Export chain: the work off the FX thread, and what to tell the user.
 * An import is a sync from a file: only a valid, longer chain is adopted.
 */
public final class ChainFilesViewModel {

    /** How a report reads: as news, a caution, or a failure. */
    public enum Severity { INFORMATION, WARNING, ERROR }

    /** What the user is told when an import or export ends. */
    public record Report(Severity severity, String title, String message) {
    }

    private final Supplier<DesktopNode> node;
    private final Background background;

    ChainFilesViewModel(Supplier<DesktopNode> node, Background background) {
        this.node = node;
        this.background = background;
    }

    /** Reads, validates and adopts the chain in {@code file}; {@code shown} gets the report on the FX thread. */
    public void importFrom(Path file, Consumer<Report> shown) {
        DesktopNode running = node.get();
        String name = file.getFileName().toString();
        background.call("import " + name, () -> {
            ValidationResult result = running.readChain(file);
            if (!result.isValid()) {
                return new Report(Severity.ERROR, "Import chain",
                        "The chain in " + name + " is invalid, so nothing changed.\n\n" + result.describe());
            }
            Optional<ChainReplacement> replacement = running.adopt(result.chain().orElseThrow(), "the file " + name);
            if (replacement.isEmpty()) {
                return new Report(Severity.WARNING, "Import chain", "The chain in " + name + " has " + Formats.blocks(result.length())
                        + ", not more than ours, so nothing changed.");
            }
            int restored = replacement.get().restored().size();
            return new Report(Severity.INFORMATION, "Import chain", "Imported " + Formats.blocks(result.length()) + ". " + restored
                    + (restored == 1 ? " transaction" : " transactions") + " of our dropped blocks went back to pending.");
        }, shown, error -> shown.accept(new Report(Severity.ERROR, "Import chain",
                "Could not import " + name + ", so nothing changed: " + Background.reason(error))));
    }

    /** Writes our orphaned blocks to {@code file}; {@code shown} gets the report on the FX thread. */
    public void exportOrphansTo(Path file, Consumer<Report> shown) {
        DesktopNode running = node.get();
        background.call("export the orphaned blocks", () -> running.exportOrphans(file),
                blocks -> shown.accept(new Report(Severity.INFORMATION, "Export orphaned blocks", blocks == 0
                        ? "No block of ours has been orphaned, so " + file + " holds an empty list."
                        : "Exported " + (blocks == 1 ? "1 orphaned block" : blocks + " orphaned blocks") + " to " + file)),
                error -> shown.accept(new Report(Severity.ERROR, "Export orphaned blocks", "Could not write " + file + ": " + Background.reason(error))));
    }

    /** Writes our chain to {@code file}; {@code shown} gets the report on the FX thread. */
    public void exportTo(Path file, Consumer<Report> shown) {
        DesktopNode running = node.get();
        background.call("export the chain", () -> running.exportChain(file),
                blocks -> shown.accept(new Report(Severity.INFORMATION, "Export chain", "Exported " + Formats.blocks(blocks) + " to " + file)),
                error -> shown.accept(new Report(Severity.ERROR, "Export chain", "Could not write " + file + ": " + Background.reason(error))));
    }
}
