package dev.gantry.cli;

import dev.gantry.pointer.ProjectRef;
import dev.gantry.promotion.CommitResult;
import dev.gantry.promotion.Reverter;
import dev.gantry.promotion.RollbackRequest;
import dev.gantry.promotion.RollbackTarget;
import dev.gantry.promotion.jgit.JGitGitOpsWorkspace;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gantry rollback}: one commit, on a new branch, that writes an earlier value of a pointer back. */
@Command(
        name = "rollback",
        mixinStandardHelpOptions = true,
        versionProvider = GantryVersion.class,
        description = {
            "Find an earlier value of the pointer in its git history (following renames) and write its",
            "release, digest and aliases back, committing only that pointer on a new branch",
            "rollback/<E>/<repository>-<project>-<short sha>. Without --to or --steps, goes one release back.",
            "",
            "Policy: the target release must have a healthy deployment record in E (refs/notes/gantry);",
            "--force REASON overrides, recorded in a Gantry-Override: trailer. Those records are fetched",
            "from the remote first (--offline reads the clone's own). See docs/promotion.md."
        },
        footer = {
            "",
            "Examples:",
            "  gantry rollback platform/hello --env production",
            "  gantry rollback platform/hello --env production --to 3f2c9d1 --push",
            "",
            "Credentials for fetch and push: as for gantry promote (GANTRY_GIT_TOKEN, GANTRY_GIT_SSHKEY, ...).",
            "",
            "Exit codes: 0 committed, 1 refused (the reason is printed), 2 usage error, 3 the remote could",
            "not be reached (fetch or push)."
        })
final class RollbackCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REPOSITORY/PROJECT", converter = ProjectConverter.class,
            description = "The project, such as platform/hello.")
    private ProjectRef project;

    @Option(names = "--env", required = true, paramLabel = "E", converter = EnvironmentConverter.class,
            description = "The environment whose pointer goes back.")
    private String environment;

    @ArgGroup(exclusive = true)
    private Target target = new Target();

    @Mixin
    private GitOpsCheckout checkout;

    @Option(names = "--branch", paramLabel = "NAME", converter = BranchConverter.class,
            description = "The new branch's name instead of the default.")
    private String branch;

    @Mixin
    private PushOptions push;

    @Mixin
    private RecordsFetchOption records;

    @Option(names = "--force", paramLabel = "REASON", description = "Roll back to a release never deployed healthy in E; the reason is recorded.")
    private String force;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    private OutputFormat output;

    /** {@code --to SHA} or {@code --steps N}. */
    static final class Target {

        @Option(names = "--to", paramLabel = "SHA", description = "The release (or pointer commit) to go back to; 7 to 40 hex digits.")
        String sha;

        @Option(names = "--steps", paramLabel = "N", description = "How many distinct earlier releases back. Default: 1.")
        Integer steps;
    }

    @Override
    public Integer call() {
        RollbackTarget chosen;
        try {
            chosen = target.sha != null ? RollbackTarget.sha(target.sha) : RollbackTarget.steps(target.steps == null ? 1 : target.steps);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (JGitGitOpsWorkspace workspace = checkout.open(spec)) {
            if (force == null) {
                records.fetch(workspace, push.remote(), spec.commandLine().getErr());
            }
            RollbackRequest request = new RollbackRequest(project, environment, chosen, Optional.ofNullable(branch),
                    Optional.ofNullable(force));
            CommitResult result = new Reverter(workspace, GitOpsCheckout.records(workspace), Clock.systemUTC()).rollback(request);
            Optional<String> pushedTo = push.pushIfAsked(workspace, result);
            CommitOutput.print(result, pushedTo, output, spec.commandLine().getOut());
            return ExitCode.OK;
        }
    }
}
