package dev.blockdesk.ui.shell;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.node.PeerStatus;
import dev.blockdesk.ui.Formats;
import java.util.List;
import java.util.Optional;

/**
 * In sync or not, at a glance: the status bar's summary of our chain against what we last heard
 * from each peer. Only a peer whose chain is valid in our dialect can be ahead of us or in sync
 * with us: one of another dialect, or whose chain is valid in none, is online but its chain is
 * not ours to take.
 *
 * @param text   what the status bar says
 * @param inSync true only when every reachable peer of our dialect is no longer than us and one answered
 * @param online how many peers answered the last time we asked
 */
record SyncSummary(String text, boolean inSync, long online) {

    static SyncSummary of(Chain chain, String ourDialect, List<PeerStatus> peers, boolean syncing) {
        long online = peers.stream().filter(PeerStatus::reachable).count();
        List<PeerStatus> ours = peers.stream().filter(p -> p.reachable() && ourDialect.equals(p.dialect())).toList();
        Optional<PeerStatus> ahead = ours.stream().filter(p -> p.chainLength() > chain.length()).findFirst();
        if (peers.isEmpty()) {
            return new SyncSummary("Alone: no peers", false, online);
        }
        if (syncing) {
            return new SyncSummary("Syncing…", false, online);
        }
        if (ahead.isPresent()) {
            return new SyncSummary("Behind: " + ahead.get().address() + " has " + Formats.blocks(ahead.get().chainLength()), false, online);
        }
        if (online == 0 && peers.stream().allMatch(p -> p.lastContact() == null && p.lastError() == null)) {
            return new SyncSummary("Contacting peers…", false, online);
        }
        if (online == 0) {
            return new SyncSummary("Peers offline", false, online);
        }
        if (ours.isEmpty()) {
            return new SyncSummary("No peer speaks " + ourDialect, false, online); // or none has a valid chain yet
        }
        return new SyncSummary("In sync with " + ours.size() + (ours.size() == 1 ? " peer" : " peers"), true, online);
    }
}
