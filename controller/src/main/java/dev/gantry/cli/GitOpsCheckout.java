package dev.gantry.cli;

import dev.gantry.audit.gitnotes.LocalGitNotesAuditLog;
import dev.gantry.promotion.DeploymentRecords;
import dev.gantry.promotion.jgit.JGitGitOpsWorkspace;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --repo DIR} option of the commands that work in a GitOps clone, and what they open there. */
final class GitOpsCheckout {

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "The GitOps clone (or a bare repository, where the command allows it). Default: the current folder.")
    private Path repo;

    /** Opens the clone. */
    JGitGitOpsWorkspace open() {
        return JGitGitOpsWorkspace.open(repo);
    }

    /** The controller's deployment records in the clone's {@code refs/notes/gantry}. */
    static DeploymentRecords records(JGitGitOpsWorkspace workspace) {
        return new DeploymentRecords(new LocalGitNotesAuditLog(workspace.repository(), "gantry", "gantry@localhost"));
    }
}
