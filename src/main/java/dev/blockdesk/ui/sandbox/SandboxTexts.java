package dev.blockdesk.ui.sandbox;

import dev.blockdesk.chain.lab.SandboxChain;
import dev.blockdesk.chain.lab.SandboxMining;
import dev.blockdesk.ui.Formats;
import java.util.Locale;

/** What the sandbox window says in words: the verdict line, the live mining progress and the report of a finished run. */
final class SandboxTexts {

    private SandboxTexts() {
    }

    /** {@code All 8 blocks are valid in dvf.} or {@code Block 5 is the first invalid block: previous_hash does not match …}. */
    static String verdict(SandboxChain chain) {
        int first = chain.firstInvalid();
        if (first < 0) {
            return "All " + Formats.blocks(chain.size()) + " are valid under " + chain.rules().id() + "'s rules.";
        }
        int red = chain.size() - first;
        return "Block " + chain.indexAt(first) + " is the first invalid block: " + chain.reason(first) + ". "
                + (red == 1 ? "It is red; every block before it is green." : "It and the " + Formats.blocks(red - 1)
                + " after it are red; every block before it is green.");
    }

    /** {@code Mining block 5 (2 of 4): 123,456 tries at 1.2 MH/s, 1.3 s; a block takes 65,536 tries on average.} */
    static String progress(SandboxChain chain, SandboxMining mining) {
        return String.format(Locale.ROOT, "Mining block %d (%d of %d): %s tries at %s, %.1f s; a block takes %s tries on average.",
                chain.indexAt(mining.current()), mining.mined() + 1, mining.total(), Formats.count(mining.tries()),
                Formats.hashRate(mining.hashRate()), mining.elapsed().toMillis() / 1000.0, Formats.count(mining.expectedTries()));
    }

    /**
     * The report of a finished run.
     *
     * @param grew how many blocks our node's chain grew by during the run, or -1 when there is no node
     */
    static String report(SandboxChain chain, SandboxMining.Outcome outcome, long grew) {
        double seconds = outcome.elapsed().toMillis() / 1000.0;
        String work = Formats.count(outcome.tries()) + " tries in " + String.format(Locale.ROOT, "%.1f s", seconds);
        if (outcome.cancelled()) {
            return "Cancelled after " + work + ": " + outcome.blocks() + " of the blocks were mined; the block being mined keeps its old proof.";
        }
        String network = grew < 0 ? " No node is running to compare with."
                : " The network meanwhile mined " + Formats.blocks(grew) + " (our node's chain grew by that much while you rewrote).";
        if (outcome.blocks() == 1) {
            int next = outcome.from() + 1;
            String after = next < chain.size() ? " Block " + chain.indexAt(next) + (chain.isValid(next) ? " is valid." : " now fails: "
                    + chain.reason(next) + ".") : "";
            return "Block " + chain.indexAt(outcome.from()) + " re-linked and mined: " + work + "." + after;
        }
        return "Rewriting " + Formats.blocks(outcome.blocks()) + " took " + work + "." + network;
    }
}
