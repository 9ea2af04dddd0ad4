package dev.gantry.cli;

import dev.gantry.pointer.ProjectRef;
import dev.gantry.promotion.Approver;
import dev.gantry.promotion.CommitResult;
import dev.gantry.promotion.jgit.JGitGitOpsWorkspace;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gantry approve}: records an approver's approval on the promotion branch. */
@Command(
        name = "approve",
        mixinStandardHelpOptions = true,
        versionProvider = GantryVersion.class,
        description = {
            "Run on the promotion branch by an approver: set the pointer's approvedBy/approvedAt to git's",
            "user.email and the clock, and commit only that pointer on the current branch with an",
            "Approved-by: trailer. The commit is signed when git's config says so (commit.gpgSign=true,",
            "gpg.format ssh or openpgp, user.signingKey). See docs/promotion.md."
        },
        footer = {
            "",
            "Example:",
            "  git switch promote/production/platform-hello-3f2c9d1",
            "  gantry approve platform/hello --env production --push",
            "",
            "Credentials for the push: as for gantry promote (GANTRY_GIT_TOKEN, GANTRY_GIT_SSHKEY, ...).",
            "",
            "Exit codes: 0 committed, 1 refused (not an approver, no approval needed), 2 usage error,",
            "3 the push failed."
        })
final class ApproveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REPOSITORY/PROJECT", converter = ProjectConverter.class,
            description = "The project, such as platform/hello.")
    private ProjectRef project;

    @Option(names = "--env", required = true, paramLabel = "E", converter = EnvironmentConverter.class,
            description = "The environment whose pointer is approved.")
    private String environment;

    @Mixin
    private GitOpsCheckout checkout;

    @Mixin
    private PushOptions push;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    private OutputFormat output;

    @Override
    public Integer call() {
        push.requirePushForRemote(spec);
        try (JGitGitOpsWorkspace workspace = checkout.open(spec)) {
            CommitResult result = new Approver(workspace, Clock.systemUTC()).approve(project, environment);
            Optional<String> pushedTo = push.pushIfAsked(workspace, result);
            CommitOutput.print(result, pushedTo, output, spec.commandLine().getOut());
            return ExitCode.OK;
        }
    }
}
