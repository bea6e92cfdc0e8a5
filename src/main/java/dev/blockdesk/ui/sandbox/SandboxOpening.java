package dev.blockdesk.ui.sandbox;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.chain.ProofOfWork;
import dev.blockdesk.chain.lab.SandboxChain;
import dev.blockdesk.chain.lab.SandboxFile;
import dev.blockdesk.ui.DesktopNode;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a sandbox opens: a copy of our chain, or a chain file, valid or not, in the dialect it fits
 * best, each with the words that say where it came from. Called off the FX thread.
 */
final class SandboxOpening {

    /**
     * A chain file larger than this is not read: the sandbox holds every block as an editable tree
     * ({@link SandboxFile} also refuses more than {@link SandboxFile#MAX_BLOCKS} blocks); 20,000
     * tutorial blocks take about 6 MB.
     */
    static final long MAX_FILE_BYTES = 32L << 20;

    /**
     * @param chain    the sandbox chain
     * @param from     where it came from, for the window's first line
     * @param position the block to select, -1 for none
     */
    record Opened(SandboxChain chain, String from, int position) {}

    private SandboxOpening() {}

    /** A copy of {@code running}'s chain, with {@code selectedBlock} (may be null) selected. */
    static Opened ours(DesktopNode running, Block selectedBlock) {
        Chain ours = running.chain();
        ChainRules rules = running.rules();
        SandboxChain copy = SandboxChain.of(rules, ours);
        int position = selectedBlock == null ? -1 : (int) (selectedBlock.index() - rules.firstIndex());
        return new Opened(
                copy,
                Messages.tr(
                        "sandbox.source.ours",
                        rules.id(),
                        Messages.tr(rules.proof().describeText())),
                position >= 0 && position < copy.size() ? position : -1);
    }

    /** {@code file}, checked under the first of {@code candidates} it is valid in, or else the one it fits best; its first bad block selected. */
    static Opened file(Path file, List<ChainRules> candidates)
            throws IOException, SandboxFile.UnreadableChainException {
        String name = String.valueOf(file.getFileName());
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new IOException(
                    Messages.tr("sandbox.source.tooLarge", Formats.count(size), Formats.count(MAX_FILE_BYTES)));
        }
        SandboxFile.Opened opened = SandboxFile.read(Files.readAllBytes(file), candidates);
        Dialects.Detection detection = opened.dialect();
        String fit = detection.validIn().isEmpty()
                ? Messages.tr(
                        "sandbox.source.invalidEverywhere",
                        detection.bestRules().id())
                : detection.validIn().size() > 1
                        ? Messages.tr(
                                "sandbox.source.validInSeveral",
                                detection.names(),
                                detection.bestRules().id())
                        : Messages.tr("sandbox.source.validIn", detection.names());
        return new Opened(
                opened.chain(),
                Messages.tr("sandbox.source.file", name, fit),
                opened.chain().firstInvalid());
    }

    /** The dialects a file is tried in: the node's first, each at the node's difficulty. */
    static List<ChainRules> candidates(DesktopNode running) {
        ChainRules ours = running != null ? running.rules() : new DvfRules(ProofOfWork.DEFAULT_DIFFICULTY);
        int difficulty = ours.proof().difficulty();
        return Dialects.oursFirst(ours, difficulty < 0 ? ProofOfWork.DEFAULT_DIFFICULTY : difficulty);
    }
}
