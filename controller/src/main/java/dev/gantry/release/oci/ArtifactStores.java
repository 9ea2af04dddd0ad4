package dev.gantry.release.oci;

import dev.gantry.release.ArtifactStore;
import dev.gantry.release.Registry;
import dev.gantry.release.RegistryCredentials;

/** Chooses the artifact store for a registry: the OCI layout store or ORAS. */
public final class ArtifactStores {

    private ArtifactStores() {
    }

    /**
     * The store for a registry.
     *
     * @param registry the target; plain HTTP when it allows it (loopback, or {@code --insecure})
     * @param credentials explicit credentials
     */
    public static ArtifactStore forRegistry(Registry registry, RegistryCredentials credentials) {
        if (registry.isLayout()) {
            return new OciLayoutArtifactStore();
        }
        return new OrasArtifactStore(credentials, registry.allowsPlainHttp());
    }
}
