package dev.gantry.cli;

import dev.gantry.release.ArtifactRef;
import dev.gantry.release.FetchedRelease;
import dev.gantry.release.Registry;
import dev.gantry.release.RegistryCredentials;
import dev.gantry.release.ReleaseFetcher;
import java.util.concurrent.Callable;
import dev.gantry.release.oci.ArtifactStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gantry release inspect}: shows what a release holds, after verifying every digest. */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        versionProvider = GantryVersion.class,
        description = {
            "Show a release's provenance, images and layer. The manifest digest is verified when REF",
            "carries @sha256:..., and every blob digest always."
        },
        footer = {
            "",
            "REF is REGISTRY/REPOSITORY/PROJECT:COMMIT[@sha256:...], or for a local layout",
            "oci-layout:DIR//REPOSITORY/PROJECT:COMMIT.",
            "Exit codes: 0 shown, 1 missing or does not verify, 2 usage error, 3 the registry failed."
        })
final class ReleaseInspectCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REF", converter = RegistryConverter.ToReference.class,
            description = "The release reference.")
    private ArtifactRef reference;

    @Option(names = "--insecure", description = "Allow plain HTTP to a registry that is not on loopback.")
    private boolean insecure;

    @Option(names = "--output", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
    private OutputFormat output;

    @Override
    public Integer call() {
        Registry registry = insecure ? reference.registry().withPlainHttp() : reference.registry();
        FetchedRelease release = new ReleaseFetcher(ArtifactStores.forRegistry(registry,
                RegistryCredentials.forRegistry(registry, GantryCommand.environment(spec)))).fetch(reference);
        ReleaseOutput.printInspect(release, output, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
