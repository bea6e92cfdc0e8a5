package dev.blockdesk.ui.playground;

import dev.blockdesk.chain.HashRate;
import dev.blockdesk.chain.Sha256;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.DesktopNode;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The hash playground (Tools → Hash playground): any text's SHA-256, live on every keystroke; the
 * proof-of-work builder ({@link ProofBuilderViewModel}); and the expected tries and time of a block
 * at each difficulty ({@link EstimatesViewModel}), following the builder's dialect and difficulty.
 * Everything it computes is the chain's own code: {@link Sha256}, the dialects' rules, the miner.
 */
public final class PlaygroundViewModel {

    /** How long the playground measures the hash rate when it has no mining job to read it from. */
    public static final Duration MEASUREMENT = Duration.ofSeconds(1);

    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper textHash = new ReadOnlyStringWrapper(Sha256.hex(""));
    private final ReadOnlyStringWrapper textSize = new ReadOnlyStringWrapper("");
    private final ProofBuilderViewModel builder;
    private final EstimatesViewModel estimates;
    private final DesktopNode node;

    /**
     * @param background where the hash rate is measured and proofs are searched: off the FX thread, not on the node's worker
     * @param meter      measures the hash rate ({@link #realMeter()} in the application)
     */
    public PlaygroundViewModel(DesktopNode node, Background background, EstimatesViewModel.Meter meter) {
        this.node = node;
        this.builder = new ProofBuilderViewModel(background);
        this.estimates = new EstimatesViewModel(background, meter, node::miningJob, node.minerThreads());
        text.addListener((o, was, now) -> hashText());
        hashText();
        builder.dialectProperty().addListener((o, was, now) -> followBuilder());
        builder.difficultyProperty().addListener((o, was, now) -> followBuilder());
        startFromTip();
    }

    /** Measures with the real miner for {@link #MEASUREMENT}, as {@code blockdesk bench-mine} does. */
    public static EstimatesViewModel.Meter realMeter() {
        return (dialect, threads) -> HashRate.measure(dialect, threads, MEASUREMENT);
    }

    /** The builder starts again from our chain's tip, in our dialect. */
    public void startFromTip() {
        estimates.nodeSpeaks(node.rules().id());
        builder.startFrom(node.rules(), node.chain().tip());
        followBuilder();
    }

    private void followBuilder() {
        estimates.show(
                builder.dialectProperty().get(), builder.difficultyProperty().get());
    }

    private void hashText() {
        byte[] bytes = (text.get() == null ? "" : text.get()).getBytes(StandardCharsets.UTF_8);
        textHash.set(Sha256.hex(bytes));
        textSize.set(
                bytes.length == 1
                        ? Messages.tr("playground.size.one")
                        : Messages.tr("playground.size.other", Formats.count(bytes.length)));
    }

    /** The text typed. */
    public StringProperty textProperty() {
        return text;
    }

    /** The SHA-256 hex digest of the text's UTF-8 bytes, as Python's {@code hashlib.sha256(text.encode()).hexdigest()}. */
    public ReadOnlyStringProperty textHashProperty() {
        return textHash.getReadOnlyProperty();
    }

    /** How many bytes were hashed. */
    public ReadOnlyStringProperty textSizeProperty() {
        return textSize.getReadOnlyProperty();
    }

    public ProofBuilderViewModel builder() {
        return builder;
    }

    public EstimatesViewModel estimates() {
        return estimates;
    }

    /** The dialect the node speaks. */
    public String nodeDialect() {
        return node.rules().id();
    }
}
