package dev.blockdesk.ui.sandbox;

import dev.blockdesk.chain.lab.SandboxChain;
import dev.blockdesk.chain.lab.SandboxMining;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.i18n.Messages;
import java.util.Locale;

/** What the sandbox window says in words: the verdict line, the live mining progress and the report of a finished run. */
final class SandboxTexts {

    private SandboxTexts() {}

    /** {@code All 8 blocks are valid in dvf.} or {@code Block 5 is the first invalid block: previous_hash does not match …}. */
    static String verdict(SandboxChain chain) {
        int first = chain.firstInvalid();
        if (first < 0) {
            return Messages.tr(
                    "sandbox.verdict.valid",
                    Formats.blocks(chain.size()),
                    chain.rules().id());
        }
        int red = chain.size() - first;
        String block = String.valueOf(chain.indexAt(first));
        return red == 1
                ? Messages.tr("sandbox.verdict.invalidOne", block, Messages.tr(chain.reasonText(first)))
                : Messages.tr(
                        "sandbox.verdict.invalidMany",
                        block,
                        Messages.tr(chain.reasonText(first)),
                        Formats.blocks(red - 1));
    }

    /** {@code Mining block 5 (2 of 4): 123,456 tries at 1.2 MH/s, 1.3 s; a block takes 65,536 tries on average.} */
    static String progress(SandboxChain chain, SandboxMining mining) {
        return Messages.tr(
                "sandbox.progress",
                String.valueOf(chain.indexAt(mining.current())),
                String.valueOf(mining.mined() + 1),
                String.valueOf(mining.total()),
                Formats.count(mining.tries()),
                Formats.hashRate(mining.hashRate()),
                seconds(mining.elapsed().toMillis()),
                Formats.count(mining.expectedTries()));
    }

    private static String seconds(long millis) {
        return String.format(
                Locale.ROOT,
                "%.1f",
                millis / 1000.0); // not shown: a number, one decimal, as the English always wrote it
    }

    /**
     * The report of a finished run.
     *
     * @param grew how many blocks our node's chain grew by during the run, or -1 when there is no node
     */
    static String report(SandboxChain chain, SandboxMining.Outcome outcome, long grew) {
        String work = Messages.tr(
                "sandbox.report.work",
                Formats.count(outcome.tries()),
                seconds(outcome.elapsed().toMillis()));
        if (outcome.cancelled()) {
            return Messages.tr("sandbox.report.cancelled", work, String.valueOf(outcome.blocks()));
        }
        if (outcome.blocks() == 1) {
            String block = String.valueOf(chain.indexAt(outcome.from()));
            int next = outcome.from() + 1;
            if (next >= chain.size()) {
                return Messages.tr("sandbox.report.one", block, work);
            }
            String nextBlock = String.valueOf(chain.indexAt(next));
            return chain.isValid(next)
                    ? Messages.tr("sandbox.report.oneNextValid", block, work, nextBlock)
                    : Messages.tr(
                            "sandbox.report.oneNextFails", block, work, nextBlock, Messages.tr(chain.reasonText(next)));
        }
        return grew < 0
                ? Messages.tr("sandbox.report.rewroteNoNode", Formats.blocks(outcome.blocks()), work)
                : Messages.tr("sandbox.report.rewrote", Formats.blocks(outcome.blocks()), work, Formats.blocks(grew));
    }
}
