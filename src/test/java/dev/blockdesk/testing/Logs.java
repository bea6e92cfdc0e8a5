package dev.blockdesk.testing;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What Blockdesk logs while a test runs, for tests of what it warns about. */
public final class Logs {

    private Logs() {}

    /**
     * Runs {@code action}, adding to {@code warnings} the message of each WARNING or worse logged
     * meanwhile under {@code loggerName} (a class's name, or a package's for all of it).
     */
    public static <T> T warnings(String loggerName, List<String> warnings, Callable<T> action) throws Exception {
        Logger logger = Logger.getLogger(loggerName);
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record.getMessage());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(handler);
        try {
            return action.call();
        } finally {
            logger.removeHandler(handler);
        }
    }
}
