package dev.blockdesk.ui.peers;

import dev.blockdesk.node.PeerStatus;
import dev.blockdesk.ui.Formats;

/** One peer as the Peers table shows it. */
public final class PeerRow {

    private final PeerStatus status;

    PeerRow(PeerStatus status) {
        this.status = status;
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

    public String getLength() {
        return status.chainLength() < 0 ? "—" : Integer.toString(status.chainLength());
    }

    public String getLatency() {
        return status.latency() == null ? "—" : status.latency().toMillis() + " ms";
    }

    public String getLastSync() {
        return Formats.localTime(status.lastContact());
    }

    public String getLastError() {
        return status.lastError() == null ? "" : status.lastError();
    }
}
