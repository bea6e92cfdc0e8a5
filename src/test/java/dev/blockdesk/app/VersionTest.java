package dev.blockdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/** {@code blockdesk --version} prints the version the pom builds, not "development build". */
class VersionTest {

    /** The pom's {@code project.version}, which surefire passes as a system property. */
    private static String pomVersion() {
        String version = System.getProperty("blockdesk.pom.version");
        assertNotNull(version, "run by Maven: surefire passes blockdesk.pom.version");
        return version;
    }

    @Test
    void versionIsThePomsProjectVersion() {
        assertEquals(pomVersion(), BlockdeskVersion.version());
    }

    @Test
    void dashDashVersionPrintsIt() {
        CommandLineTest.Run run = CommandLineTest.run("", "--version");
        assertEquals(0, run.exit(), run.err());
        assertEquals("blockdesk " + pomVersion() + System.lineSeparator(), run.out());
        assertFalse(run.out().contains("development build"), run.out());
    }
}
