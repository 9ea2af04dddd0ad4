package dev.gantry.cli;

import dev.gantry.release.ArtifactRef;
import dev.gantry.release.FetchedRelease;
import dev.gantry.release.Registry;
import dev.gantry.release.RegistryCredentials;
import dev.gantry.release.ReleaseFetcher;
import dev.gantry.release.oci.ArtifactStores;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The release reference and transport options that pull and inspect share, and the verified fetch they both do. */
final class ReleaseReference {

    @Parameters(index = "0", paramLabel = "REF", converter = RegistryConverter.ToReference.class,
            description = "The release reference.")
    private ArtifactRef reference;

    @Option(names = "--insecure", description = "Allow plain HTTP to a registry that is not on loopback.")
    private boolean insecure;

    /** Fetches the release, verifying the pinned manifest digest and every blob. */
    FetchedRelease fetch(Map<String, String> environment) {
        Registry registry = insecure ? reference.registry().withPlainHttp() : reference.registry();
        return new ReleaseFetcher(ArtifactStores.forRegistry(registry,
                RegistryCredentials.forRegistry(registry, environment))).fetch(reference);
    }
}
