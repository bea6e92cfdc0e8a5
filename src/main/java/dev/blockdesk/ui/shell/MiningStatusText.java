package dev.blockdesk.ui.shell;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.MiningJob;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.i18n.Messages;
import java.util.Locale;

/** What the toolbar says of mining: the job under way, or the last block we mined and what became of it. */
final class MiningStatusText {

    private MiningStatusText() {}

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
            Object[] args = {
                String.valueOf(job.puzzle().nextIndex()),
                Formats.count(job.tries()),
                Formats.count(expected),
                Formats.hashRate(job.hashRate()),
                String.format(Locale.ROOT, "%.1f", job.elapsed().toMillis() / 1000.0)
            };
            return job.rateLimit() > 0
                    ? Messages.tr("main.mining.jobSlow", args)
                    : Messages.tr("main.mining.job", args);
        }
        if (waitingForTransactions) {
            return lastMined == null
                    ? Messages.tr("main.mining.waiting")
                    : Messages.tr("main.mining.minedWaiting", String.valueOf(lastMined.index()));
        }
        if (lastMined == null) {
            return Messages.tr("main.mining.idle");
        }
        String index = String.valueOf(lastMined.index());
        return chain.holds(lastMined)
                ? Messages.tr("main.mining.minedIdle", index)
                : Messages.tr("main.mining.minedDropped", index);
    }
}
