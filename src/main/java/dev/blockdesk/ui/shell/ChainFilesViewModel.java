package dev.blockdesk.ui.shell;

import dev.blockdesk.chain.ChainReplacement;
import dev.blockdesk.chain.ValidationResult;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.DesktopNode;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.i18n.Messages;
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
    public enum Severity {
        INFORMATION,
        WARNING,
        ERROR
    }

    /** What the user is told when an import or export ends. */
    public record Report(Severity severity, String title, String message) {}

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
        String title = Messages.tr("files.import.title");
        background.call(
                "import " + name,
                () -> {
                    ValidationResult result = running.readChain(file);
                    if (!result.isValid()) {
                        return new Report(
                                Severity.ERROR,
                                title,
                                Messages.tr("files.import.invalid", name, Messages.tr(result.describeText())));
                    }
                    Optional<ChainReplacement> replacement =
                            running.adopt(result.chain().orElseThrow(), Messages.tr("files.import.source", name));
                    if (replacement.isEmpty()) {
                        return new Report(
                                Severity.WARNING,
                                title,
                                Messages.tr("files.import.notLonger", name, Formats.blocks(result.length())));
                    }
                    int restored = replacement.get().restored().size();
                    return new Report(
                            Severity.INFORMATION,
                            title,
                            Messages.tr("files.import.done", Formats.blocks(result.length()), restored));
                },
                shown,
                error -> shown.accept(new Report(
                        Severity.ERROR, title, Messages.tr("files.import.failed", name, Background.reason(error)))));
    }

    /** Writes our orphaned blocks to {@code file}; {@code shown} gets the report on the FX thread. */
    public void exportOrphansTo(Path file, Consumer<Report> shown) {
        DesktopNode running = node.get();
        String title = Messages.tr("files.exportOrphans.title");
        background.call(
                "export the orphaned blocks",
                () -> running.exportOrphans(file), // not shown: the log's name of the work
                blocks -> shown.accept(new Report(
                        Severity.INFORMATION,
                        title,
                        blocks == 0
                                ? Messages.tr("files.exportOrphans.none", file.toString())
                                : Messages.tr("files.exportOrphans.done", blocks, file.toString()))),
                error -> shown.accept(new Report(
                        Severity.ERROR,
                        title,
                        Messages.tr("files.export.failed", file.toString(), Background.reason(error)))));
    }

    /** Writes our chain to {@code file}; {@code shown} gets the report on the FX thread. */
    public void exportTo(Path file, Consumer<Report> shown) {
        DesktopNode running = node.get();
        String title = Messages.tr("files.export.title");
        background.call(
                "export the chain",
                () -> running.exportChain(file), // not shown: the log's name of the work
                blocks -> shown.accept(new Report(
                        Severity.INFORMATION,
                        title,
                        Messages.tr("files.export.done", Formats.blocks(blocks), file.toString()))),
                error -> shown.accept(new Report(
                        Severity.ERROR,
                        title,
                        Messages.tr("files.export.failed", file.toString(), Background.reason(error)))));
    }
}
