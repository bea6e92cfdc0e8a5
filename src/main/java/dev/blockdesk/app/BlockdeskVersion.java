package dev.blockdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Blockdesk's version, as the build wrote it: {@code blockdesk-version.properties} beside this
 * class holds the pom's {@code project.version} (resource filtering), so the jar, an installed
 * app and a test run from {@code target/classes} all report the same one.
 */
public final class BlockdeskVersion {

    static final String RESOURCE = "blockdesk-version.properties";
    private static final String UNKNOWN = "(development build)";

    private BlockdeskVersion() {}

    /** {@code 0.1.0-SNAPSHOT}; "(development build)" when the classes were not built by Maven. */
    public static String version() {
        try (InputStream in = BlockdeskVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return fromManifest();
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").strip();
            // unfiltered (an IDE copying the resource as it is): the manifest, or no version at all
            return version.isEmpty() || version.startsWith("${") ? fromManifest() : version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " from the classpath", e);
        }
    }

    private static String fromManifest() {
        String version = BlockdeskVersion.class.getPackage().getImplementationVersion();
        return version == null ? UNKNOWN : version;
    }
}
