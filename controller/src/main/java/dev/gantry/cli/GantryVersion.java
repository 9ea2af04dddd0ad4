package dev.gantry.cli;

import dev.gantry.config.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** The version of this build, from a resource Maven fills in. */
public final class GantryVersion implements IVersionProvider {

    /** This build's version, such as {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        return BuildInfo.version();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"gantry " + current()};
    }
}
