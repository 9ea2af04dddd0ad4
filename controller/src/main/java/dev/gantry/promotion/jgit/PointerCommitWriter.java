package dev.gantry.promotion.jgit;

import dev.gantry.promotion.BranchMode;
import dev.gantry.promotion.PointerCommit;
import dev.gantry.promotion.PromotionRefusedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Writes one pointer commit: the tree of {@code HEAD} with one file replaced, so nothing else that
 * is staged or changed can slip in; then moves the branch, and, with a working tree, checks the new
 * commit out the way {@code git checkout} does, keeping every other local change.
 */
final class PointerCommitWriter {

    private final Repository repository;
    private final Map<String, String> environment;

    /** Creates the writer; {@code environment} goes to a signing program, such as gpg, on top of the JVM's. */
    PointerCommitWriter(Repository repository, Map<String, String> environment) {
        this.repository = repository;
        this.environment = environment;
    }

    /** Writes the commit and moves the refs; returns the new commit. */
    RevCommit write(PointerCommit commit) throws IOException {
        try (RevWalk walk = new RevWalk(repository); ObjectInserter inserter = repository.newObjectInserter()) {
            ObjectId headId = repository.resolve(Constants.HEAD);
            if (headId == null) {
                throw new PromotionRefusedException("the repository has no commit yet: nothing to start " + commit.branch() + " from");
            }
            RevCommit head = walk.parseCommit(headId);
            ObjectId tree = treeWith(inserter, head, commit);
            CommitBuilder builder = new CommitBuilder();
            builder.setTreeId(tree);
            builder.setParentId(head);
            PersonIdent person = new PersonIdent(commit.author().name(), commit.author().email(), commit.when(), ZoneOffset.UTC);
            builder.setAuthor(person);
            builder.setCommitter(person);
            builder.setMessage(commit.message().text());
            new CommitSigner(repository, environment).signIfConfigured(builder, person);
            RevCommit created = walk.parseCommit(inserter.insert(builder));
            inserter.flush();
            moveRefs(commit, head, created);
            return created;
        }
    }

    private static ObjectId treeWith(ObjectInserter inserter, RevCommit head, PointerCommit commit) throws IOException {
        ObjectId blob = inserter.insert(Constants.OBJ_BLOB, commit.text().getBytes(StandardCharsets.UTF_8));
        DirCache index = DirCache.read(inserter.newReader(), head.getTree());
        DirCacheEditor editor = index.editor();
        editor.add(new DirCacheEditor.PathEdit(commit.path()) {
            @Override
            public void apply(DirCacheEntry entry) {
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setObjectId(blob);
            }
        });
        editor.finish();
        return index.writeTree(inserter);
    }

    private void moveRefs(PointerCommit commit, RevCommit head, RevCommit created) throws IOException {
        String ref = Constants.R_HEADS + commit.branch();
        boolean newBranch = commit.mode() == BranchMode.NEW_BRANCH;
        if (newBranch && repository.exactRef(ref) != null) {
            throw new PromotionRefusedException("branch " + commit.branch() + " already exists; delete it or pass --branch NAME");
        }
        update(ref, newBranch ? ObjectId.zeroId() : head, created);
        if (!repository.isBare()) {
            DirCacheCheckout checkout = new DirCacheCheckout(repository, head.getTree(), repository.lockDirCache(),
                    created.getTree());
            checkout.setFailOnConflict(true);
            checkout.checkout();
            if (newBranch) {
                RefUpdate link = repository.updateRef(Constants.HEAD);
                link.disableRefLog();
                link.link(ref);
            }
        }
    }

    private void update(String ref, ObjectId expected, RevCommit created) throws IOException {
        RefUpdate update = repository.updateRef(ref);
        update.setExpectedOldObjectId(expected);
        update.setNewObjectId(created);
        update.setRefLogMessage("gantry: " + created.getShortMessage(), false);
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD) {
            throw new IOException("cannot move " + ref + " to " + created.name() + ": " + result);
        }
    }
}
