package dev.blockdesk.ui.shell;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A TestFX test of the whole window, started by the test as {@link BlockdeskApp} on a data
 * directory of its own, and closed with every stage after each test.
 */
abstract class RunningAppTest extends FxRobot {

    @TempDir
    Path dataDir;

    /** The window under test, once the test has started it ({@code FxToolkit.setupApplication}). */
    BlockdeskApp app;

    @AfterEach
    void closeTheApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }
}
