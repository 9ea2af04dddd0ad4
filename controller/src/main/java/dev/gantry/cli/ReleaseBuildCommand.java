package dev.gantry.cli;

import dev.gantry.config.ReleaseBuilders;
import dev.gantry.pointer.GitOpsLayout;
import dev.gantry.release.ArtifactStore;
import dev.gantry.release.BuildRequest;
import dev.gantry.release.BuildResult;
import dev.gantry.release.Registry;
import dev.gantry.release.RegistryCredentials;
import dev.gantry.release.ReleaseBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import dev.gantry.release.oci.ArtifactStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gantry release build}: builds one commit of a project into a release artifact. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        versionProvider = GantryVersion.class,
        description = {
            "Build the release of one source commit: check the commit out into a private cache (your",
            "working tree is never touched), build the images of the project's gantry.yaml with Jib,",
            "render its manifests with every gantry://IMAGE pinned by digest, and push one OCI",
            "artifact tagged with the full commit SHA. The same commit always gives the same digests.",
            "Building a release that exists with the same digest changes nothing; a different digest",
            "under an existing tag is refused."
        },
        footer = {
            "",
            "Examples:",
            "  gantry release build --source . --commit $(git rev-parse HEAD) --project hello \\",
            "      --repository platform --registry oci-layout:./registry",
            "  gantry release build --source https://git.example.com/platform.git --commit 3f2c9d1e... \\",
            "      --project services/hello --repository platform --registry registry.example.com/releases",
            "",
            "Credentials: GANTRY_REGISTRY_USERNAME and GANTRY_REGISTRY_PASSWORD for the one host",
            "GANTRY_REGISTRY_HOST names (refused without it), else the Docker config file's entry for",
            "the host ($DOCKER_CONFIG/config.json or ~/.docker/config.json). They are never printed.",
            "Exit codes: 0 built or unchanged, 1 bad input or an existing tag with another digest,",
            "2 usage error, 3 the source or registry failed."
        })
final class ReleaseBuildCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--source", required = true, paramLabel = "URL|DIR",
            description = "The source repository: a clone URL (https, ssh, file) or a local clone.")
    private String source;

    @Option(names = "--commit", required = true, paramLabel = "SHA", description = "The full 40-hex commit SHA to build.")
    private String commit;

    @Option(names = "--project", defaultValue = ".", paramLabel = "PATH",
            description = "The project folder in the source repository, holding gantry.yaml. Default: the root.")
    private String project;

    @Option(names = "--repository", required = true, paramLabel = "NAME",
            description = "The source repository's name in release references, such as platform.")
    private String repository;

    @Option(names = "--registry", defaultValue = "oci-layout:.gantry/registry", paramLabel = "REGISTRY",
            converter = RegistryConverter.ToRegistry.class,
            description = "HOST[:PORT][/PREFIX] or oci-layout:DIR. Default: ${DEFAULT-VALUE}.")
    private Registry registry;

    @Option(names = "--image-registry", paramLabel = "HOST[/PREFIX]",
            description = "The registry name written into manifests for the images. Default: the --registry "
                    + "host and prefix; for an OCI layout, gantry.local.")
    private String imageRegistry;

    @Option(names = "--insecure", description = "Allow plain HTTP to a registry that is not on loopback.")
    private boolean insecure;

    @Option(names = "--output", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
    private OutputFormat output;

    @Override
    public Integer call() {
        checkArguments();
        if (insecure) {
            registry = registry.withPlainHttp();
        }
        Map<String, String> environment = GantryCommand.environment(spec);
        RegistryCredentials credentials = RegistryCredentials.forRegistry(registry, environment);
        Path cache = GantryCache.root(environment);
        ArtifactStore store = ArtifactStores.forRegistry(registry, credentials);
        PrintWriter err = spec.commandLine().getErr();
        ReleaseBuilder builder = ReleaseBuilders.create(cache, store, err::println);
        BuildResult result = builder.build(new BuildRequest(source, commit, project, repository, registry,
                imageRegistry(), credentials));
        ReleaseOutput.printBuild(result, output, spec.commandLine().getOut(), err);
        return ExitCode.OK;
    }

    private void checkArguments() {
        if (!commit.matches("[0-9a-f]{40}")) {
            throw new ParameterException(spec.commandLine(), "--commit must be a full 40-character lowercase hex SHA, not '"
                    + commit + "'");
        }
        if (!GitOpsLayout.isDnsLabel(repository)) {
            throw new ParameterException(spec.commandLine(), "--repository must be a DNS-1123 label, not '" + repository + "'");
        }
    }

    private String imageRegistry() {
        if (imageRegistry != null) {
            return imageRegistry.replaceAll("/+$", "");
        }
        return registry.defaultImageRegistry();
    }
}
