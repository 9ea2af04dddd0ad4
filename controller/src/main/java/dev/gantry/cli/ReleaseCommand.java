package dev.gantry.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gantry release}: build, pull and inspect release artifacts. */
@Command(
        name = "release",
        mixinStandardHelpOptions = true,
        versionProvider = GantryVersion.class,
        description = {
            "Build, pull and inspect releases: one immutable OCI artifact per source commit, tagged",
            "<registry>/<repository>/<project>:<commit>, holding the rendered Kubernetes manifests",
            "with every image pinned by digest."
        },
        subcommands = {ReleaseBuildCommand.class, ReleasePullCommand.class, ReleaseInspectCommand.class})
final class ReleaseCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: build, pull or inspect");
    }
}
