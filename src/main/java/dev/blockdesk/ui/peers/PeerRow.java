package dev.blockdesk.ui.peers;

import dev.blockdesk.node.PeerStatus;
import dev.blockdesk.ui.Formats;

/** One peer as the Peers table shows it. */
public final class PeerRow {

    private final PeerStatus status;
    private final String ourDialect;

    /** @param ourDialect the dialect this node speaks */
    PeerRow(PeerStatus status, String ourDialect) {
        this.status = status;
        this.ourDialect = ourDialect;
    }

    public String getAddress() {
        return status.address().toString();
    }

    public String getStatus() {
        if (status.lastContact() == null && status.lastError() == null) {
            return "not contacted yet";
        }
        return status.reachable() ? "online" : "offline";
    }

    /** The dialect the peer's chain is valid in, as of the last fetch; "—" when not known. */
    public String getDialect() {
        return status.dialect() == null ? "—" : status.dialect();
    }

    /** True when the peer's chain is valid in a dialect other than ours: we cannot take it. */
    public boolean isOtherDialect() {
        return status.dialect() != null && !status.dialect().equals(ourDialect);
    }

    public String getLength() {
        return status.chainLength() < 0 ? "—" : Integer.toString(status.chainLength());
    }

    public String getLatency() {
        return status.latency() == null ? "—" : status.latency().toMillis() + " ms";
    }

    public String getLastSync() {
        return Formats.localTime(status.lastContact());
    }

    /** "added by us" or "added us": whether our user added it or it asked us to add it. */
    public String getOrigin() {
        return status.origin().text();
    }

    public String getLastError() {
        return status.lastError() == null ? "" : status.lastError();
    }
}
