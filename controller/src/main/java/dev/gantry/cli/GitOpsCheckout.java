package dev.gantry.cli;

import dev.gantry.audit.gitnotes.LocalGitNotesAuditLog;
import dev.gantry.promotion.DeploymentRecords;
import dev.gantry.promotion.jgit.JGitGitOpsWorkspace;
import dev.gantry.source.GitCredentials;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --repo DIR} option of the commands that work in a GitOps clone, and what they open there. */
final class GitOpsCheckout {

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "The GitOps clone (or a bare repository, where the command allows it). Default: the current folder.")
    private Path repo;

    /**
     * Opens the clone, with the git credentials of the run's environment ({@code GANTRY_GIT_*}, as
     * {@code gantry serve} reads them) for its remotes, and the run's environment for a signing program
     * such as gpg ({@code GNUPGHOME}); a half-set SSH key is a usage error.
     */
    JGitGitOpsWorkspace open(CommandSpec spec) {
        Map<String, String> environment = GantryCommand.environment(spec);
        GitCredentials credentials;
        try {
            credentials = GitCredentials.fromEnvironment(environment);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return JGitGitOpsWorkspace.open(repo, credentials, environment);
    }

    /** The controller's deployment records in the clone's {@code refs/notes/gantry}. */
    static DeploymentRecords records(JGitGitOpsWorkspace workspace) {
        return new DeploymentRecords(new LocalGitNotesAuditLog(workspace.repository(), "gantry", "gantry@localhost"));
    }
}
