package dev.gantry.cli;

import dev.gantry.promotion.CommitResult;
import dev.gantry.promotion.GitOpsWorkspace;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --push [--remote NAME]}: pushing the branch a command committed on. */
final class PushOptions {

    @Option(names = "--push", description = "Push the branch to the remote afterwards.")
    private boolean push;

    @Option(names = "--remote", paramLabel = "NAME", description = "The remote to push to, with --push. Default: origin.")
    private String remote;

    /** Refuses {@code --remote} without {@code --push}, before anything is committed. */
    void check(CommandSpec spec) {
        if (remote != null && !push) {
            throw new ParameterException(spec.commandLine(), "--remote needs --push");
        }
    }

    /** Pushes the result's branch when asked; returns the remote it went to. */
    Optional<String> pushIfAsked(GitOpsWorkspace workspace, CommitResult result) {
        if (!push) {
            return Optional.empty();
        }
        String target = remote == null ? "origin" : remote;
        workspace.push(result.branch(), target);
        return Optional.of(target);
    }
}
