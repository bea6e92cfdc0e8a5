package dev.blockdesk.ui.shell;

import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.Dialects;
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
        tutorial.set(dialectRules.tutorial());
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
        StringBuilder text = new StringBuilder(
                "A desktop blockchain explorer and miner, and a node of the Python tutorial blockchains, byte-compatible with their nodes.\n\n")
                .append(facts.describe()).append("\n\n");
        if (rules != null) {
            text.append("This node speaks ").append(rules.id()).append(": ").append(rules.tutorial()).append(".\n")
                    .append("Its proof rule: ").append(rules.proof().describe()).append(".\n\n");
        }
        text.append("Blockdesk speaks ").append(Dialects.IDS.size()).append(" dialects:\n");
        for (ChainRules each : Dialects.all(0)) {
            text.append("  • ").append(each.id()).append(": ").append(each.tutorial())
                    .append(rules != null && each.id().equals(rules.id()) ? " (this node)" : "").append('\n');
        }
        return text.append("\nNode ").append(nodeId)
                .append("\nData ").append(dataDir)
                .append("\nLog ").append(logFile).toString();
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
