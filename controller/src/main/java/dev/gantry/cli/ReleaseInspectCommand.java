package dev.gantry.cli;

import dev.gantry.release.FetchedRelease;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Mixin
    private ReleaseReference reference;

    @Option(names = "--output", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
    private OutputFormat output;

    @Override
    public Integer call() {
        FetchedRelease release = reference.fetch(GantryCommand.environment(spec));
        ReleaseOutput.printInspect(release, output, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
