package dev.blockdesk.ui.shell;

import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.ui.i18n.Messages;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Which dialect the node speaks, as the status bar's badge and Help → About show it. Known from
 * the data directory before the chain is checked, then from the node, whose dialect changes only
 * when a genesis-only chain takes its first peer's. FX thread.
 */
public final class DialectViewModel {

    private final String nodeId;
    private final ReadOnlyStringWrapper id = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tutorial = new ReadOnlyStringWrapper("");
    private ChainRules rules;

    DialectViewModel(String nodeId) {
        this.nodeId = nodeId;
    }

    /** The node speaks {@code dialectRules}. */
    public void speaks(ChainRules dialectRules) {
        rules = dialectRules;
        id.set(dialectRules.id());
        tutorial.set(Messages.tr(dialectRules.tutorialText()));
    }

    /** Shows {@code spoken} if it is not what is shown already; true when it changed. */
    boolean follow(ChainRules spoken) {
        if (spoken.equals(rules)) {
            return false;
        }
        speaks(spoken);
        return true;
    }

    /** {@link #about(AboutFacts, Path, Path)} of this Blockdesk on this JVM. */
    public String about(Path dataDir, Path logFile) {
        return about(AboutFacts.ofThisRuntime(), dataDir, logFile);
    }

    /**
     * What Help → About says: what Blockdesk is, its version and the Java and JavaFX it runs on,
     * the dialect this node speaks and its proof rule, every dialect Blockdesk speaks, and where
     * this node keeps its data and log.
     */
    public String about(AboutFacts facts, Path dataDir, Path logFile) {
        StringBuilder text = new StringBuilder(Messages.tr("about.intro"))
                .append("\n\n")
                .append(facts.describe())
                .append("\n\n");
        if (rules != null) {
            text.append(Messages.tr("about.speaks", rules.id(), Messages.tr(rules.tutorialText())))
                    .append('\n')
                    .append(Messages.tr(
                            "about.proofRule", Messages.tr(rules.proof().describeText())))
                    .append("\n\n");
        }
        text.append(Messages.tr("about.dialects", String.valueOf(Dialects.IDS.size())))
                .append('\n');
        for (ChainRules each : Dialects.all(0)) {
            boolean ours = rules != null && each.id().equals(rules.id());
            String tutorial = Messages.tr(each.tutorialText());
            text.append("  • ")
                    .append(
                            ours
                                    ? Messages.tr("about.dialect.ours", each.id(), tutorial)
                                    : Messages.tr("about.dialect", each.id(), tutorial))
                    .append('\n');
        }
        return text.append('\n')
                .append(Messages.tr("about.node", nodeId))
                .append('\n')
                .append(Messages.tr("about.data", dataDir.toString()))
                .append('\n')
                .append(Messages.tr("about.log", logFile.toString()))
                .toString();
    }

    /** The id of the dialect the node speaks ({@code dvf-early}); empty until known. */
    public ReadOnlyStringProperty idProperty() {
        return id.getReadOnlyProperty();
    }

    /** Which tutorial's node speaks the node's dialect, for people; empty until known. */
    public ReadOnlyStringProperty tutorialProperty() {
        return tutorial.getReadOnlyProperty();
    }
}
