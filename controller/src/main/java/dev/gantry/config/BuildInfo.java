package dev.gantry.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about this build, from a resource Maven fills in. */
public final class BuildInfo {

    private BuildInfo() {
    }

    /** This build's version, such as {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the build's version resource", e);
        }
        return properties.getProperty("version", "unknown");
    }
}
