package dev.gantry.cli;

import dev.gantry.audit.gitnotes.GitNotesAuditLog;
import dev.gantry.promotion.GitOpsWorkspace;
import dev.gantry.promotion.RecordsFetch;
import dev.gantry.source.SourceUnavailableException;
import dev.gantry.source.UrlRedactor;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * {@code --offline}, and otherwise fetching the controller's deployment records
 * ({@code refs/notes/gantry}) from the remote before a command reads them: git does not fetch
 * notes by default, so a developer's clone rarely has them.
 */
final class RecordsFetchOption {

    @Option(names = "--offline",
            description = "Do not fetch " + GitNotesAuditLog.NOTES_REF + " from the remote; read the clone's own.")
    private boolean offline;

    /**
     * Fetches and merges the remote's records unless {@code --offline}; says on {@code err} when
     * nothing was fetched.
     *
     * @throws SourceUnavailableException when the remote cannot be reached
     */
    void fetch(GitOpsWorkspace workspace, String remote, PrintWriter err) {
        if (offline) {
            err.println("gantry: --offline: not fetching " + GitNotesAuditLog.NOTES_REF + " from " + UrlRedactor.redact(remote)
                    + "; reading the clone's own deployment records");
            return;
        }
        RecordsFetch result;
        try {
            result = workspace.fetchDeploymentRecords(remote);
        } catch (SourceUnavailableException e) {
            throw new SourceUnavailableException(e.getMessage() + "; pass --offline to read the clone's own records", e);
        }
        if (result == RecordsFetch.NO_SUCH_REMOTE) {
            err.println("gantry: no remote " + UrlRedactor.redact(remote) + ": reading the clone's own deployment records");
        }
    }
}
