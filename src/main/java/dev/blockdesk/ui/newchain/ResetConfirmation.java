package dev.blockdesk.ui.newchain;

import static dev.blockdesk.ui.i18n.Messages.tr;

import dev.blockdesk.app.ChainReset;
import dev.blockdesk.ui.Formats;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a reset of the data directory loses and keeps, in words, for the user to confirm. */
final class ResetConfirmation {

    private ResetConfirmation() {}

    /**
     * @param current    the node as it is
     * @param file       the name of the file the old chain goes to
     * @param dialect    the new chain's dialect
     * @param difficulty its difficulty, or null for a dialect without one
     * @param reward     its reward
     * @param keepPeers  whether the peers are kept
     */
    static String text(
            ChainStarter.Current current,
            String file,
            String dialect,
            Integer difficulty,
            String reward,
            boolean keepPeers) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(tr(
                "newchain.confirm.removed",
                Formats.blocks(current.blocks()),
                current.dialect(),
                file,
                current.dataDir().toString()));
        paragraphs.add(
                current.pending() == 0
                        ? tr("newchain.confirm.pending.none")
                        : current.pending() == 1
                                ? tr("newchain.confirm.pending.one")
                                : tr("newchain.confirm.pending.many", String.valueOf(current.pending())));
        if (current.orphans() > 0) {
            String orphans = ChainReset.orphansFile(Path.of(file)).getFileName().toString();
            paragraphs.add(
                    current.orphans() == 1
                            ? tr("newchain.confirm.orphans.one", Formats.count(current.orphans()), orphans)
                            : tr("newchain.confirm.orphans.many", Formats.count(current.orphans()), orphans));
        }
        String peers = String.valueOf(current.peers());
        if (current.peers() == 0) {
            paragraphs.add(tr("newchain.confirm.peers.none"));
        } else if (keepPeers) {
            paragraphs.add(
                    current.peers() == 1
                            ? tr("newchain.confirm.peers.keptOne", dialect)
                            : tr("newchain.confirm.peers.keptMany", dialect, peers));
        } else {
            paragraphs.add(
                    current.peers() == 1
                            ? tr("newchain.confirm.peers.forgottenOne")
                            : tr("newchain.confirm.peers.forgottenMany", peers));
        }
        paragraphs.add(
                difficulty != null
                        ? tr("newchain.confirm.starts", dialect, String.valueOf(difficulty), reward)
                        : tr("newchain.confirm.startsNoDifficulty", dialect, reward));
        return String.join("\n\n", paragraphs);
    }
}
