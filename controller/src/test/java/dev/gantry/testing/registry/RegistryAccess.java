package dev.gantry.testing.registry;

import java.io.IOException;
import java.nio.file.Path;

/** What a test registry needs for one {@link RegistryAuth} mode: its {@code auth:} config and any side service. */
interface RegistryAccess extends AutoCloseable {

    /** Sets up the files and services for {@code auth} in {@code directory}. */
    static RegistryAccess create(RegistryAuth auth, Path directory, RegistryCredentials credentials)
            throws IOException {
        return switch (auth) {
            case ANONYMOUS -> () -> "";
            case BASIC -> HtpasswdAccess.create(directory, credentials);
            case TOKEN -> TokenAccess.create(directory, credentials);
        };
    }

    /** The {@code auth:} section of the registry configuration, empty for anonymous access. */
    String authSection();

    /** Stops any side service; files are removed with the registry's directory. */
    @Override
    default void close() {
    }
}
