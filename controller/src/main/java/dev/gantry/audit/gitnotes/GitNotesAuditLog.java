package dev.gantry.audit.gitnotes;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import dev.gantry.audit.AuditLog;
import dev.gantry.audit.AuditRecord;
import dev.gantry.audit.AuditUnavailableException;
import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;
import dev.gantry.source.SourceUnavailableException;
import dev.gantry.source.jgit.GitOpsMirror;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps audit records as git notes on the pointer commits, in {@value #NOTES_REF} of the GitOps
 * mirror, and pushes that ref back to the remote. Each note is JSON Lines, one record per line.
 * When another controller pushed notes first, the remote notes are fetched and merged as a union
 * of lines, and the push is retried a bounded number of times.
 */
public final class GitNotesAuditLog implements AuditLog {

    /** The notes ref holding the records, locally and on the remote. */
    public static final String NOTES_REF = "refs/notes/gantry";

    /** Where the remote's notes refs are fetched to before a merge; never pushed. */
    public static final String REMOTE_NOTES = "refs/gantry/remote-notes/";

    private static final Logger LOG = LoggerFactory.getLogger(GitNotesAuditLog.class);
    private static final int MAX_PUSH_ATTEMPTS = 10;
    /** Fetches every notes ref of the remote to {@value #REMOTE_NOTES}, forced: a fetch never merges. */
    public static final RefSpec FETCH_NOTES = new RefSpec("+refs/notes/*:" + REMOTE_NOTES + "*");

    private final GitOpsMirror mirror;
    private final NotesRef notes;
    private final RetryPolicy<Object> retry = RetryPolicy.builder()
            .handle(PushRejectedException.class)
            .withMaxAttempts(MAX_PUSH_ATTEMPTS)
            .withBackoff(Duration.ofMillis(20), Duration.ofSeconds(1))
            .withJitter(0.5)
            .build();

    /** Writes notes into {@code mirror} as the given committer, and pushes them to its remote. */
    public GitNotesAuditLog(GitOpsMirror mirror, String committerName, String committerEmail) {
        this.mirror = mirror;
        this.notes = new NotesRef(mirror.repository(), NOTES_REF, new PersonIdent(committerName, committerEmail));
    }

    @Override
    public synchronized void recordAll(String pointerCommit, List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        try {
            AuditRecord first = records.get(0);
            String message = records.size() == 1
                    ? first.result() + " " + first.repository() + "/" + first.project() + " in " + first.environment()
                    : records.size() + " reconcile records";
            notes.append(ObjectId.fromString(pointerCommit), records.stream().map(AuditRecord::toJson).toList(), message);
        } catch (IOException e) {
            throw new AuditUnavailableException("cannot write the audit note on " + pointerCommit
                    + " in the mirror of " + mirror.remote().redactedUrl(), e);
        }
        try {
            Failsafe.with(retry).run(attempt -> {
                if (attempt.getAttemptCount() > 0) {
                    pullRemoteNotes();
                }
                pushOnce();
            });
        } catch (PushRejectedException e) {
            throw new AuditUnavailableException("the remote kept refusing " + NOTES_REF + " after " + MAX_PUSH_ATTEMPTS
                    + " merges (" + e.getMessage() + "); the record is kept in the mirror and goes with the next push", e);
        } catch (SourceUnavailableException e) {
            throw new AuditUnavailableException("cannot push " + NOTES_REF + " to " + mirror.remote().redactedUrl()
                    + "; the record is kept in the mirror and goes with the next push", e);
        }
    }

    @Override
    public synchronized List<AuditRecord> recordsFor(String commit) {
        try {
            pullRemoteNotes();
        } catch (SourceUnavailableException e) {
            LOG.warn("reading audit notes from the mirror only: {}", e.getMessage());
        }
        try {
            return LocalGitNotesAuditLog.parse(commit, notes.lines(ObjectId.fromString(commit)));
        } catch (IOException e) {
            throw new AuditUnavailableException("cannot read the audit notes on " + commit + " in the mirror of "
                    + mirror.remote().redactedUrl(), e);
        }
    }

    /**
     * One push. A rejection is retried after a backoff, and the remote's notes are merged right
     * before the next push rather than before the backoff, so another push is less likely to land in between.
     */
    private void pushOnce() {
        RemoteRefUpdate update = mirror.push(NOTES_REF);
        switch (update.getStatus()) {
            case OK, UP_TO_DATE -> LOG.debug("pushed {} to {}", NOTES_REF, mirror.remote().redactedUrl());
            case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED, REJECTED_OTHER_REASON ->
                    throw new PushRejectedException(update.getStatus() + describe(update));
            default -> throw new AuditUnavailableException("the remote refused " + NOTES_REF + ": " + update.getStatus()
                    + describe(update), null);
        }
    }

    private void pullRemoteNotes() {
        mirror.fetch(FETCH_NOTES);
        try {
            notes.merge(REMOTE_NOTES + "gantry");
        } catch (IOException e) {
            throw new AuditUnavailableException("cannot merge the remote's " + NOTES_REF + " into the mirror of "
                    + mirror.remote().redactedUrl(), e);
        }
    }

    private static String describe(RemoteRefUpdate update) {
        return update.getMessage() == null ? "" : " (" + update.getMessage() + ")";
    }

    /** The remote refused a push because its notes moved on; fetch, merge and try again. Unavailable: it clears. */
    private static final class PushRejectedException extends GantryException {

        PushRejectedException(String message) {
            super(Disposition.UNAVAILABLE, message);
        }
    }
}
