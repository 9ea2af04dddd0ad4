package dev.gantry.cli;

import java.nio.file.Path;
import java.util.Map;

/** Where the CLI keeps source mirrors and Jib's layer cache: {@code $GANTRY_CACHE}, else the XDG cache folder. */
final class GantryCache {

    private GantryCache() {
    }

    /** {@code $GANTRY_CACHE}, else {@code $XDG_CACHE_HOME/gantry}, else {@code ~/.cache/gantry}. */
    static Path root(Map<String, String> environment) {
        String gantry = environment.get("GANTRY_CACHE");
        if (gantry != null && !gantry.isBlank()) {
            return Path.of(gantry);
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("gantry");
    }
}
