package dev.blockdesk.ui.shell;

import java.lang.management.ManagementFactory;

/** Milliseconds since the JVM started, for the start-up log lines the benchmarks read. */
final class Uptime {

    private Uptime() {}

    static long millis() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
