package dev.gantry.cli;

import java.util.Map;
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
        subcommands = {ValidateCommand.class, ReleaseCommand.class, PromoteCommand.class, ApproveCommand.class,
            RollbackCommand.class, HistoryCommand.class, DiffCommand.class, ServeCommand.class, DemoCommand.class},
        footer = {
            "",
            "Exit codes: 0 success, 1 input or state is wrong, 2 usage error, 3 an external system failed.",
            "Run 'gantry COMMAND --help' for a command's options."
        })
final class GantryCommand implements Runnable {

    private final Map<String, String> environment;

    @Spec
    private CommandSpec spec;

    /** Creates the command with the environment variables its subcommands may read. */
    GantryCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The environment variables of this run, for any command of the tree. */
    static Map<String, String> environment(CommandSpec spec) {
        return ((GantryCommand) spec.root().userObject()).environment;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: say what to do, such as 'gantry validate'");
    }
}
