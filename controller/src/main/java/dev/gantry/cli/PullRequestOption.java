package dev.gantry.cli;

import dev.gantry.deploy.fabric8.Fabric8ModelScopes;
import dev.gantry.diff.CheckoutFiles;
import dev.gantry.diff.DiffSides;
import dev.gantry.diff.ReleaseDiff;
import dev.gantry.diff.ReleaseDiffer;
import dev.gantry.pointer.ProjectRef;
import dev.gantry.promotion.CommitResult;
import dev.gantry.promotion.jgit.JGitGitOpsWorkspace;
import dev.gantry.release.Registry;
import dev.gantry.release.RegistryCredentials;
import dev.gantry.release.oci.ArtifactStores;
import dev.gantry.review.OpenedPullRequest;
import dev.gantry.review.PullRequestBody;
import dev.gantry.review.PullRequestDraft;
import dev.gantry.review.ReviewRepository;
import dev.gantry.review.ReviewSettings;
import dev.gantry.review.ReviewToken;
import dev.gantry.review.http.HttpPullRequests;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --open-pr} of {@code gantry promote}: after the push, a pull or merge request from the new
 * branch to the branch the promotion was made from, whose body is the manifest diff summary.
 */
final class PullRequestOption {

    @Option(names = "--open-pr", description = {
        "After --push, open a pull/merge request from the new branch to the current one, its body the",
        "manifest diff summary (GitHub, GitLab or Gitea, told from the remote URL or GANTRY_REVIEW_PROVIDER;",
        "API URL override GANTRY_REVIEW_API_URL; token GANTRY_GITHUB_TOKEN/GITHUB_TOKEN,",
        "GANTRY_GITLAB_TOKEN/GITLAB_TOKEN or GANTRY_GITEA_TOKEN/GITEA_TOKEN)."})
    private boolean open;

    @Option(names = "--registry", paramLabel = "REGISTRY", defaultValue = "oci-layout:.gantry/registry",
            converter = RegistryConverter.ToRegistry.class,
            description = "With --open-pr: where releases live for environments that name no registry. Default: ${DEFAULT-VALUE}.")
    private Registry registry;

    /** Refuses {@code --open-pr} without {@code --push}, before anything is committed. */
    void requirePush(CommandSpec spec, boolean pushing) {
        if (open && !pushing) {
            throw new ParameterException(spec.commandLine(), "--open-pr needs --push: the request's branch must be on the remote");
        }
    }

    /**
     * The request's body, computed before the promotion changes the working tree: the diff summary,
     * or why it could not be made (a request without it is still worth opening).
     */
    Optional<String> body(CommandSpec spec, JGitGitOpsWorkspace workspace, ProjectRef project, String from, String to) {
        if (!open) {
            return Optional.empty();
        }
        try {
            return Optional.of(PullRequestBody.markdown(diff(spec, workspace, project, from, to)));
        } catch (RuntimeException e) {
            return Optional.of("The manifest diff could not be computed: " + e.getMessage() + "\n\nRun `gantry diff "
                    + project + " --from " + from + " --to " + to + "` to see it.\n");
        }
    }

    /** Opens the request for a pushed promotion and prints its address. */
    void openIfAsked(CommandSpec spec, JGitGitOpsWorkspace workspace, Optional<String> body, CommitResult result,
            String base, String remote) {
        if (body.isEmpty()) {
            return;
        }
        Map<String, String> variables = GantryCommand.environment(spec);
        ReviewRepository repository = ReviewRepository.fromRemote(workspace.remoteUrl(remote),
                ReviewSettings.fromEnvironment(variables));
        OpenedPullRequest opened = HttpPullRequests.forRepository(repository,
                        ReviewToken.fromEnvironment(repository.provider(), variables))
                .open(new PullRequestDraft(result.branch(), base, result.message().subject(), body.get()));
        spec.commandLine().getOut().println(opened.describe());
    }

    private ReleaseDiff diff(CommandSpec spec, JGitGitOpsWorkspace workspace, ProjectRef project, String from, String to) {
        Map<String, String> variables = GantryCommand.environment(spec);
        ReleaseDiffer differ = new ReleaseDiffer(
                target -> ArtifactStores.forRegistry(target, RegistryCredentials.forRegistry(target, variables)),
                new Fabric8ModelScopes()::scopeOf);
        DiffSides sides = new DiffSides(new CheckoutFiles(workspace.workTree()), registry);
        return differ.compare(project, sides.current(project, to), sides.promoted(project, from, to));
    }
}
