package dev.gantry.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code gantry} command; it only dispatches to its subcommands. */
@Command(
        name = "gantry",
        mixinStandardHelpOptions = true,
        versionProvider = GantryVersion.class,
        description = {
            "GitOps where promotion and rollback are plain git commits.",
            "",
            "A GitOps repository holds one release pointer per project and environment at",
            "environments/<env>/<repository>/<project>/release.yaml; Gantry validates them, packages",
            "releases as OCI artifacts and applies each environment's releases."
        },
        subcommands = {ValidateCommand.class, ReleaseCommand.class},
        footer = {
            "",
            "Exit codes: 0 success, 1 input or state is wrong, 2 usage error, 3 an external system failed.",
            "Run 'gantry COMMAND --help' for a command's options."
        })
final class GantryCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: say what to do, such as 'gantry validate'");
    }
}
