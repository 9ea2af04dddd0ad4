package dev.gantry.cli;

import dev.gantry.release.ArtifactStore;
import dev.gantry.release.Registry;
import dev.gantry.release.RegistryCredentials;
import dev.gantry.release.oci.OciLayoutArtifactStore;
import dev.gantry.release.oci.OrasArtifactStore;

/** Chooses the artifact store for a registry: the OCI layout store or ORAS. */
final class ReleaseStores {

    private ReleaseStores() {
    }

    /**
     * The store for a registry.
     *
     * @param registry the target
     * @param credentials explicit credentials
     * @param insecure allow plain HTTP to a registry that is not on loopback
     */
    static ArtifactStore forRegistry(Registry registry, RegistryCredentials credentials, boolean insecure) {
        if (registry.isLayout()) {
            return new OciLayoutArtifactStore();
        }
        return new OrasArtifactStore(credentials, insecure || registry.allowsPlainHttp());
    }
}
