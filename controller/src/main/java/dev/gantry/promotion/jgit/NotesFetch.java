package dev.gantry.promotion.jgit;

import dev.gantry.audit.gitnotes.GitNotesAuditLog;
import dev.gantry.audit.gitnotes.LocalGitNotesAuditLog;
import dev.gantry.promotion.RecordsFetch;
import dev.gantry.source.SourceUnavailableException;
import dev.gantry.source.jgit.TransportSettings;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.TagOpt;

/**
 * Fetches a remote's {@value GitNotesAuditLog#NOTES_REF} into a clone, as the controller's mirror
 * does: to {@value GitNotesAuditLog#REMOTE_NOTES}{@code gantry} first, then merged into the clone's
 * notes (a fast-forward, or a union of lines when both sides have records the other lacks).
 */
final class NotesFetch {

    /** Who commits a notes merge; the CLI never pushes notes, so this stays in the clone. */
    static final String COMMITTER_NAME = "gantry";

    /** The merge committer's email. */
    static final String COMMITTER_EMAIL = "gantry@localhost";

    private final Repository repository;

    NotesFetch(Repository repository) {
        this.repository = repository;
    }

    RecordsFetch fetch(RemoteAccess remote) {
        if (remote.url().isEmpty()) {
            return RecordsFetch.NO_SUCH_REMOTE;
        }
        FetchResult result;
        try (TransportSettings transport = remote.transport()) {
            result = transport.apply(Git.wrap(repository).fetch())
                    .setRemote(remote.name())
                    .setRefSpecs(GitNotesAuditLog.FETCH_NOTES)
                    .setTagOpt(TagOpt.NO_TAGS)
                    .setRemoveDeletedRefs(false)
                    .call();
        } catch (GitAPIException | JGitInternalException e) {
            throw new SourceUnavailableException("cannot fetch " + GitNotesAuditLog.NOTES_REF + " from "
                    + remote.describe() + ": " + remote.redact(e.getMessage()), null);
        }
        if (result.getAdvertisedRef(GitNotesAuditLog.NOTES_REF) == null) {
            return RecordsFetch.NONE_ON_REMOTE;
        }
        new LocalGitNotesAuditLog(repository, COMMITTER_NAME, COMMITTER_EMAIL)
                .mergeFrom(GitNotesAuditLog.REMOTE_NOTES + "gantry");
        return RecordsFetch.FETCHED;
    }
}
