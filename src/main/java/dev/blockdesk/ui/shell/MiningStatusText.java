package dev.blockdesk.ui.shell;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.MiningJob;
import dev.blockdesk.ui.Formats;
import java.util.Locale;

/** What the toolbar says of mining: the job under way, or the last block we mined and what became of it. */
final class MiningStatusText {

    private MiningStatusText() {
    }

    /**
     * @param job        the job under way, or null
     * @param lastMined  the last block we mined, or null
     * @param chain      our chain now
     * @param expected   how many tries a block takes on average under our rules
     */
    static String of(MiningJob job, Block lastMined, Chain chain, double expected) {
        return of(job, lastMined, chain, expected, false);
    }

    /**
     * As {@link #of(MiningJob, Block, Chain, double)}; a job in slow motion says so (its rate shows the cap).
     *
     * @param waitingForTransactions auto-mine is on in its "when transactions wait" mode and none wait
     */
    static String of(MiningJob job, Block lastMined, Chain chain, double expected, boolean waitingForTransactions) {
        if (job != null) {
            double cap = job.rateLimit();
            return String.format(Locale.ROOT, "Mining block %d%s: %s tries of about %s expected, %s, %.1f s",
                    job.puzzle().nextIndex(), cap > 0 ? " in slow motion" : "",
                    Formats.count(job.tries()), Formats.count(expected), Formats.hashRate(job.hashRate()),
                    job.elapsed().toMillis() / 1000.0);
        }
        if (waitingForTransactions) {
            return (lastMined == null ? "" : "Block " + lastMined.index() + " mined. ")
                    + "Auto-mine waits for a transaction: it mines only when transactions are waiting.";
        }
        if (lastMined == null) {
            return "Idle. Mine to forge the next block.";
        }
        return "Block " + lastMined.index() + " mined" + (chain.holds(lastMined) ? "" : ", then dropped when a longer chain replaced ours") + ". Idle.";
    }
}
