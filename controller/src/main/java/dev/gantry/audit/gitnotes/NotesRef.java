package dev.gantry.audit.gitnotes;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.notes.NoteMap;
import org.eclipse.jgit.notes.NoteMapMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

/**
 * A notes ref whose notes are JSON Lines: read the lines on an object, append one, and merge
 * another notes history into it as a union, as {@code git notes merge -s cat_sort_uniq} would.
 */
final class NotesRef {

    private static final int MAX_NOTE_BYTES = 16 * 1024 * 1024;

    private final Repository repository;
    private final String name;
    private final PersonIdent committer;

    NotesRef(Repository repository, String name, PersonIdent committer) {
        this.repository = repository;
        this.name = name;
        this.committer = committer;
    }

    /** The lines noted on {@code target}, in order; empty when there is no note. */
    Set<String> lines(ObjectId target) throws IOException {
        Ref head = repository.exactRef(name);
        if (head == null) {
            return new LinkedHashSet<>();
        }
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectReader reader = walk.getObjectReader();
            return lines(NoteMap.read(reader, walk.parseCommit(head.getObjectId())), reader, target);
        }
    }

    /** Appends lines to the note on {@code target} in one new notes commit. */
    void append(ObjectId target, java.util.List<String> added, String message) throws IOException {
        Ref head = repository.exactRef(name);
        try (RevWalk walk = new RevWalk(repository); ObjectInserter inserter = repository.newObjectInserter()) {
            RevCommit parent = head == null ? null : walk.parseCommit(head.getObjectId());
            NoteMap notes = parent == null ? NoteMap.newEmptyMap() : NoteMap.read(walk.getObjectReader(), parent);
            Set<String> lines = lines(notes, walk.getObjectReader(), target);
            lines.addAll(added);
            notes.set(target, inserter.insert(Constants.OBJ_BLOB, JsonLinesNoteMerger.join(lines)));
            ObjectId tree = notes.writeTree(inserter);
            update(parent, commit(inserter, tree, message, parent == null ? new ObjectId[0] : new ObjectId[] {parent}));
        }
    }

    /**
     * Merges the notes history at {@code otherRef} into this ref: nothing when it is already
     * contained, a fast-forward when this ref is behind, else a merge commit with both parents.
     *
     * @return whether this ref moved
     */
    boolean merge(String otherRef) throws IOException {
        Ref other = repository.exactRef(otherRef);
        Ref head = repository.exactRef(name);
        if (other == null || head != null && head.getObjectId().equals(other.getObjectId())) {
            return false;
        }
        try (RevWalk walk = new RevWalk(repository); ObjectInserter inserter = repository.newObjectInserter()) {
            RevCommit theirs = walk.parseCommit(other.getObjectId());
            RevCommit ours = head == null ? null : walk.parseCommit(head.getObjectId());
            if (ours != null && walk.isMergedInto(theirs, ours)) {
                return false;
            }
            if (ours == null || walk.isMergedInto(ours, theirs)) {
                update(ours, theirs);
                return true;
            }
            NoteMap merged = new NoteMapMerger(repository, new JsonLinesNoteMerger(), MergeStrategy.RESOLVE)
                    .merge(notesAt(walk, mergeBase(walk, ours, theirs)), NoteMap.read(walk.getObjectReader(), ours),
                            NoteMap.read(walk.getObjectReader(), theirs));
            ObjectId tree = merged.writeTree(inserter);
            update(ours, commit(inserter, tree, "Merge notes from " + otherRef, new ObjectId[] {ours, theirs}));
            return true;
        }
    }

    private static Set<String> lines(NoteMap notes, ObjectReader reader, ObjectId target) throws IOException {
        Set<String> lines = new LinkedHashSet<>();
        ObjectId note = notes.get(target);
        if (note != null) {
            JsonLinesNoteMerger.addLines(reader.open(note).getCachedBytes(MAX_NOTE_BYTES), lines);
        }
        return lines;
    }

    private static RevCommit mergeBase(RevWalk walk, RevCommit ours, RevCommit theirs) throws IOException {
        walk.reset();
        walk.setRevFilter(RevFilter.MERGE_BASE);
        walk.markStart(walk.parseCommit(ours));
        walk.markStart(walk.parseCommit(theirs));
        RevCommit base = walk.next();
        walk.reset();
        walk.setRevFilter(RevFilter.ALL);
        return base;
    }

    private static NoteMap notesAt(RevWalk walk, RevCommit commit) throws IOException {
        return commit == null ? NoteMap.newEmptyMap() : NoteMap.read(walk.getObjectReader(), walk.parseCommit(commit));
    }

    private ObjectId commit(ObjectInserter inserter, ObjectId tree, String message, ObjectId[] parents) throws IOException {
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree);
        commit.setParentIds(parents);
        PersonIdent now = new PersonIdent(committer, Instant.now());
        commit.setAuthor(now);
        commit.setCommitter(now);
        commit.setMessage(message);
        ObjectId id = inserter.insert(commit);
        inserter.flush();
        return id;
    }

    private void update(ObjectId expected, ObjectId next) throws IOException {
        RefUpdate update = repository.updateRef(name);
        update.setExpectedOldObjectId(expected == null ? ObjectId.zeroId() : expected);
        update.setNewObjectId(next);
        update.setForceUpdate(true);
        update.setRefLogMessage("gantry audit", false);
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.FORCED) {
            throw new IOException("cannot move " + name + " to " + next.name() + ": " + result
                    + " (another process is writing notes in the same mirror)");
        }
    }
}
