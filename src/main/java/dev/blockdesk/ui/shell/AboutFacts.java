package dev.blockdesk.ui.shell;

import dev.blockdesk.app.BlockdeskVersion;
import dev.blockdesk.ui.i18n.Messages;

/**
 * What Help → About says of the build and the runtime: Blockdesk's version and the Java and
 * JavaFX it runs on.
 *
 * @param version       Blockdesk's version, from the build ({@link BlockdeskVersion})
 * @param javaVersion   {@code java.version}
 * @param javaVendor    {@code java.vendor}
 * @param javafxVersion {@code javafx.runtime.version}, which the toolkit sets when it starts; null before
 */
public record AboutFacts(String version, String javaVersion, String javaVendor, String javafxVersion) {

    /** This Blockdesk on this JVM. */
    public static AboutFacts ofThisRuntime() {
        return new AboutFacts(
                BlockdeskVersion.version(),
                System.getProperty("java.version"),
                System.getProperty("java.vendor"),
                System.getProperty("javafx.runtime.version"));
    }

    /** {@code Version 0.1.0\nJava 17.0.13 (Eclipse Adoptium)\nJavaFX 21.0.12}, one a line. */
    public String describe() {
        return Messages.tr("about.version", version)
                + "\n" + Messages.tr("about.java", javaVersion, javaVendor)
                + "\n"
                + Messages.tr(
                        "about.javafx", javafxVersion == null ? Messages.tr("about.javafx.notStarted") : javafxVersion);
    }
}
