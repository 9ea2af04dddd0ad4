package dev.gantry.demo;

import dev.gantry.config.ReleaseBuilders;
import dev.gantry.release.BuildRequest;
import dev.gantry.release.BuildResult;
import dev.gantry.release.BuiltImage;
import dev.gantry.release.Registry;
import dev.gantry.release.RegistryCredentials;
import dev.gantry.release.oci.ArtifactStores;
import java.util.stream.Collectors;

/** Builds a release of the sample application exactly as {@code gantry release build} does, into the workspace's layout. */
final class ReleaseStep {

    private final DemoWorkspace workspace;
    private final Registry registry;

    ReleaseStep(DemoWorkspace workspace) {
        this.workspace = workspace;
        this.registry = Registry.parse(Registry.LAYOUT_SCHEME + workspace.registry());
    }

    /** Builds {@code commit} of the sample application as repository {@code repository}. */
    BuildResult build(String repository, String commit) {
        return ReleaseBuilders.create(workspace.cache(), ArtifactStores.forRegistry(registry, RegistryCredentials.NONE),
                line -> { }).build(new BuildRequest(workspace.source().toString(), commit, SampleApp.PROJECT_PATH, repository,
                        registry, registry.defaultImageRegistry(), RegistryCredentials.NONE));
    }

    /** What a build made, in two lines for people. */
    static String[] describe(BuildResult result) {
        String images = result.images().stream().map(image -> image.name() + " " + shortDigest(image))
                .collect(Collectors.joining(", "));
        return new String[] {
            "images built with Jib from scratch, no Docker daemon: " + images + "; " + result.manifestFiles()
                    + " manifest files rendered with the images pinned by digest",
            "release artifact " + result.release().reference().repository() + ":"
                    + result.release().reference().tag().substring(0, 7) + " (" + result.release().manifest().digest()
                            .substring(0, 19) + "...) in the OCI layout registry/"
        };
    }

    private static String shortDigest(BuiltImage image) {
        return image.digest().substring(0, 19) + "...";
    }
}
