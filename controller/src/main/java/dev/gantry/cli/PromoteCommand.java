package dev.gantry.cli;

import dev.gantry.pointer.ProjectRef;
import dev.gantry.promotion.CommitResult;
import dev.gantry.promotion.HealthRule;
import dev.gantry.promotion.PromoteRequest;
import dev.gantry.promotion.Promoter;
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

/** {@code gantry promote}: one commit, on a new branch, that gives environment B environment A's release. */
@Command(
        name = "promote",
        mixinStandardHelpOptions = true,
        versionProvider = GantryVersion.class,
        description = {
            "Copy the release, digest and aliases of A's pointer into B's (creating B's from A's when",
            "missing), set deployedBy/deployedAt from git's user.email and the clock, clear the approval,",
            "and commit only B's pointer on a new branch promote/<B>/<repository>-<project>-<short sha>.",
            "",
            "Policy: B's spec.promotesFrom must be A (--force REASON overrides, recorded in a",
            "Gantry-Override: trailer), and the release must have a healthy deployment record in A in",
            "refs/notes/gantry (--allow-unverified skips that). Those records are fetched from the remote",
            "first (--offline reads the clone's own). See docs/promotion.md."
        },
        footer = {
            "",
            "Example:",
            "  gantry promote platform/hello --from staging --to production --push",
            "  GITHUB_TOKEN=... gantry promote platform/hello --from staging --to production --push --open-pr",
            "",
            "Credentials for fetch and push: GANTRY_GIT_TOKEN (+ GANTRY_GIT_USERNAME), GANTRY_GIT_PASSWORD,",
            "or GANTRY_GIT_SSHKEY with GANTRY_GIT_KNOWNHOSTS; else JGit's defaults (~/.ssh).",
            "",
            "Exit codes: 0 committed, 1 refused (the reason is printed), 2 usage error, 3 the remote could",
            "not be reached (fetch or push) or the review API refused the request (the branch stays pushed)."
        })
final class PromoteCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REPOSITORY/PROJECT", converter = ProjectConverter.class,
            description = "The project, such as platform/hello.")
    private ProjectRef project;

    @Option(names = "--from", required = true, paramLabel = "A", converter = EnvironmentConverter.class,
            description = "The environment whose release is promoted.")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "B", converter = EnvironmentConverter.class,
            description = "The environment whose pointer changes.")
    private String to;

    @Mixin
    private GitOpsCheckout checkout;

    @Option(names = "--branch", paramLabel = "NAME", converter = BranchConverter.class,
            description = "The new branch's name instead of the default.")
    private String branch;

    @Mixin
    private PushOptions push;

    @Mixin
    private RecordsFetchOption records;

    @Mixin
    private PullRequestOption pullRequest;

    @Option(names = "--allow-unverified", description = "Promote without a healthy deployment record in A.")
    private boolean allowUnverified;

    @Option(names = "--force", paramLabel = "REASON", description = "Promote although B does not promote from A; the reason is recorded.")
    private String force;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    private OutputFormat output;

    @Override
    public Integer call() {
        pullRequest.requirePush(spec, push.asked());
        try (JGitGitOpsWorkspace workspace = checkout.open(spec)) {
            if (!allowUnverified) {
                records.fetch(workspace, push.remote(), spec.commandLine().getErr());
            }
            String base = workspace.currentBranch();
            Optional<String> body = pullRequest.body(spec, workspace, project, from, to);
            PromoteRequest request = new PromoteRequest(project, from, to, Optional.ofNullable(branch),
                    Optional.ofNullable(force), allowUnverified ? HealthRule.UNVERIFIED : HealthRule.REQUIRE_HEALTHY);
            CommitResult result = new Promoter(workspace, GitOpsCheckout.records(workspace), Clock.systemUTC()).promote(request);
            Optional<String> pushedTo = push.pushIfAsked(workspace, result);
            CommitOutput.print(result, pushedTo, output, spec.commandLine().getOut());
            pullRequest.openIfAsked(spec, workspace, body, result, base, push.remote());
            return ExitCode.OK;
        }
    }
}
