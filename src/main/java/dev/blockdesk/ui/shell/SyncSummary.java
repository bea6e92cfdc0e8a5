package dev.blockdesk.ui.shell;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.node.PeerRelation;
import dev.blockdesk.node.PeerRelation.Kind;
import dev.blockdesk.node.PeerStatus;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.i18n.Messages;
import java.util.List;

/**
 * In sync or not, at a glance: the status bar's summary of our chain against what we last heard
 * from each peer, by each one's {@link PeerRelation} to our chain as it is now. Only a peer whose
 * chain is valid in our dialect can be ahead of us, forked from us or in sync with us: one of
 * another dialect, or whose chain is valid in none, is online but its chain is not ours to take.
 *
 * @param text   what the status bar says
 * @param tone   how it is coloured: in sync, forked, or anything else that is not in sync
 * @param online how many peers answered the last time we asked
 */
record SyncSummary(String text, Tone tone, long online) {

    enum Tone {
        IN_SYNC,
        FORKED,
        OTHER
    }

    boolean inSync() {
        return tone == Tone.IN_SYNC;
    }

    static SyncSummary of(Chain chain, String ourDialect, List<PeerStatus> peers, boolean syncing) {
        long online = peers.stream().filter(PeerStatus::reachable).count();
        List<PeerStatus> ours = peers.stream()
                .filter(p -> p.reachable() && ourDialect.equals(p.dialect()))
                .toList();
        List<PeerRelation> relations =
                ours.stream().map(p -> p.relation(chain, ourDialect)).toList();
        if (peers.isEmpty()) {
            return new SyncSummary(Messages.tr("statusbar.sync.alone"), Tone.OTHER, online);
        }
        if (syncing) {
            return new SyncSummary(Messages.tr("statusbar.sync.syncing"), Tone.OTHER, online);
        }
        for (int i = 0; i < ours.size(); i++) {
            PeerRelation relation = relations.get(i);
            if (relation.distance() > 0 && (relation.kind() == Kind.AHEAD || relation.kind() == Kind.FORKED)
                    || relation.kind() == Kind.DIFFERENT_GENESIS && ours.get(i).chainLength() > chain.length()) {
                return new SyncSummary(
                        Messages.tr(
                                "statusbar.sync.behind",
                                ours.get(i).address().toString(),
                                Formats.blocks(ours.get(i).chainLength())),
                        Tone.OTHER,
                        online);
            }
        }
        List<PeerRelation> forked = relations.stream()
                .filter(r -> r.kind() == Kind.FORKED || r.kind() == Kind.DIFFERENT_GENESIS)
                .toList();
        if (!forked.isEmpty()) {
            PeerRelation first = forked.get(0);
            String text = first.kind() == Kind.FORKED
                    ? Messages.tr(
                            "statusbar.sync.forkedAt", forked.size(), peers.size(), String.valueOf(first.forkIndex()))
                    : Messages.tr("statusbar.sync.forkedGenesis", forked.size(), peers.size());
            return new SyncSummary(text, Tone.FORKED, online);
        }
        if (online == 0 && peers.stream().allMatch(p -> p.lastContact() == null && p.lastError() == null)) {
            return new SyncSummary(Messages.tr("statusbar.sync.contacting"), Tone.OTHER, online);
        }
        if (online == 0) {
            return new SyncSummary(Messages.tr("statusbar.sync.offline"), Tone.OTHER, online);
        }
        if (ours.isEmpty()) {
            return new SyncSummary(
                    Messages.tr("statusbar.sync.noDialect", ourDialect),
                    Tone.OTHER,
                    online); // or none has a valid chain yet
        }
        long behind = relations.stream().filter(r -> r.kind() == Kind.BEHIND).count();
        if (behind > 0) {
            return new SyncSummary(Messages.tr("statusbar.sync.ahead", behind, peers.size()), Tone.OTHER, online);
        }
        long inSync = relations.stream().filter(r -> r.kind() == Kind.IN_SYNC).count();
        if (inSync == 0) {
            return new SyncSummary(Messages.tr("statusbar.sync.changed"), Tone.OTHER, online);
        }
        return new SyncSummary(Messages.tr("statusbar.sync.inSync", inSync), Tone.IN_SYNC, online);
    }
}
