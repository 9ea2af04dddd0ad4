package dev.gantry.audit.gitnotes;

import dev.gantry.audit.AuditLog;
import dev.gantry.audit.AuditRecord;
import dev.gantry.audit.AuditUnavailableException;
import dev.gantry.failure.Disposition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audit records in {@value GitNotesAuditLog#NOTES_REF} of one local repository, a clone or a bare
 * copy, with no remote: what the command line reads to answer "was this release healthy there?",
 * after {@code git fetch origin refs/notes/gantry:refs/notes/gantry}. Records written here stay
 * local until someone pushes the ref. A clone that cannot be read or written is refused, not
 * unavailable: no retry repairs a local repository (the command line exits 1).
 */
public final class LocalGitNotesAuditLog implements AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(LocalGitNotesAuditLog.class);

    private final Repository repository;
    private final NotesRef notes;

    /** Reads and writes the notes of {@code repository}, committing notes as the given person. */
    public LocalGitNotesAuditLog(Repository repository, String committerName, String committerEmail) {
        this.repository = repository;
        this.notes = new NotesRef(repository, GitNotesAuditLog.NOTES_REF, new PersonIdent(committerName, committerEmail));
    }

    @Override
    public void recordAll(String pointerCommit, List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        try {
            notes.append(ObjectId.fromString(pointerCommit), records.stream().map(AuditRecord::toJson).toList(),
                    records.size() + " reconcile record(s)");
        } catch (IOException e) {
            throw refused("cannot write the audit note on " + pointerCommit + " in "
                    + repository.getDirectory(), e);
        }
    }

    @Override
    public List<AuditRecord> recordsFor(String commit) {
        try {
            return parse(commit, notes.lines(ObjectId.fromString(commit)));
        } catch (IOException e) {
            throw refused("cannot read the audit notes on " + commit + " in "
                    + repository.getDirectory(), e);
        }
    }

    /**
     * Merges another notes history, such as the remote's fetched to
     * {@link GitNotesAuditLog#REMOTE_NOTES}{@code gantry}, into this one: nothing when it is
     * already contained, a fast-forward when this one is behind or absent, else a merge commit
     * whose notes are the union of both sides' lines, so no record of either side is lost.
     *
     * @param ref the full name of the notes ref to merge in; nothing happens when it does not exist
     * @return whether {@value GitNotesAuditLog#NOTES_REF} moved
     * @throws AuditUnavailableException when the notes cannot be read or written
     */
    public boolean mergeFrom(String ref) {
        try {
            return notes.merge(ref);
        } catch (IOException e) {
            throw refused("cannot merge " + ref + " into " + GitNotesAuditLog.NOTES_REF + " of "
                    + repository.getDirectory() + ": " + e.getMessage(), e);
        }
    }

    /** The records among a note's lines, sorted by start time; lines that are not records are skipped. */
    static List<AuditRecord> parse(String commit, Iterable<String> lines) {
        List<AuditRecord> records = new ArrayList<>();
        for (String line : lines) {
            try {
                records.add(AuditRecord.fromJson(line));
            } catch (IllegalArgumentException e) {
                LOG.warn("skipping a line of the audit note on {} that is not an audit record: {}", commit, e.getMessage());
            }
        }
        records.sort(Comparator.comparing(AuditRecord::startedAt).thenComparing(AuditRecord::finishedAt));
        return records;
    }

    private static AuditUnavailableException refused(String message, IOException e) {
        return new AuditUnavailableException(Disposition.REFUSED, message, e);
    }
}
