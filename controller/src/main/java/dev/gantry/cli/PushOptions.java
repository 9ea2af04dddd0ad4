package dev.gantry.cli;

import dev.gantry.promotion.CommitResult;
import dev.gantry.promotion.GitOpsWorkspace;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --push [--remote NAME]}: pushing the branch a command committed on, to the remote it fetched from. */
final class PushOptions {

    /** The remote used when {@code --remote} is not given. */
    static final String DEFAULT_REMOTE = "origin";

    @Option(names = "--push", description = "Push the branch to the remote afterwards.")
    private boolean push;

    @Option(names = "--remote", paramLabel = "NAME",
            description = "The remote --push pushes to (promote and rollback also fetch deployment records from it)."
                    + " Default: " + DEFAULT_REMOTE + ".")
    private String remote;

    /** For a command that only pushes: refuses {@code --remote} without {@code --push}, before anything is committed. */
    void requirePushForRemote(CommandSpec spec) {
        if (remote != null && !push) {
            throw new ParameterException(spec.commandLine(), "--remote needs --push");
        }
    }

    /** Whether {@code --push} was given. */
    boolean asked() {
        return push;
    }

    /** The remote's name (or URL). */
    String remote() {
        return remote == null ? DEFAULT_REMOTE : remote;
    }

    /** Pushes the result's branch when asked; returns the remote it went to. */
    Optional<String> pushIfAsked(GitOpsWorkspace workspace, CommitResult result) {
        if (!push) {
            return Optional.empty();
        }
        workspace.push(result.branch(), remote());
        return Optional.of(remote());
    }
}
