package dev.gantry.testing.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * A bare GitOps remote on disk whose branch {@code main} is written directly through the object
 * database: commits at fixed times, with files written and deleted, fast enough for 10,000 pointers.
 */
public final class GitOpsRemoteFixture implements AutoCloseable {

    /** The branch the fixture commits to. */
    public static final String BRANCH = "main";

    private static final String BRANCH_REF = Constants.R_HEADS + BRANCH;

    private final Repository repository;
    private final Path folder;
    private Instant clock = Instant.parse("2026-01-01T10:00:00Z");

    private GitOpsRemoteFixture(Repository repository, Path folder) {
        this.repository = repository;
        this.folder = folder;
    }

    /** A new bare repository in {@code folder} whose HEAD is {@code main}. */
    public static GitOpsRemoteFixture create(Path folder) throws GitAPIException {
        Git git = Git.init().setBare(true).setDirectory(folder.toFile()).setInitialBranch(BRANCH).call();
        return new GitOpsRemoteFixture(git.getRepository(), folder);
    }

    /** Writes the files (path to content) and commits, a minute after the previous commit. */
    public RevCommit commit(String message, Map<String, String> files) throws IOException {
        return commit(message, files, List.of());
    }

    /** Writes and deletes files, and commits a minute after the previous commit. */
    public RevCommit commit(String message, Map<String, String> files, Collection<String> deletions) throws IOException {
        clock = clock.plusSeconds(60);
        try (ObjectInserter inserter = repository.newObjectInserter(); RevWalk walk = new RevWalk(repository)) {
            Ref head = repository.exactRef(BRANCH_REF);
            RevCommit parent = head == null ? null : walk.parseCommit(head.getObjectId());
            DirCache index = parent == null ? DirCache.newInCore() : DirCache.read(walk.getObjectReader(), parent.getTree());
            DirCacheEditor editor = index.editor();
            for (String deletion : deletions) {
                editor.add(new DirCacheEditor.DeletePath(deletion));
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                ObjectId blob = inserter.insert(Constants.OBJ_BLOB, file.getValue().getBytes(StandardCharsets.UTF_8));
                editor.add(new DirCacheEditor.PathEdit(file.getKey()) {
                    @Override
                    public void apply(DirCacheEntry entry) {
                        entry.setFileMode(FileMode.REGULAR_FILE);
                        entry.setObjectId(blob);
                    }
                });
            }
            editor.finish();
            return commitTree(inserter, walk, index.writeTree(inserter), parent, message);
        }
    }

    /**
     * Replaces the whole tree with exactly these files in one commit, the quick way to seed many
     * paths: the objects go into one pack instead of one loose file each.
     */
    public RevCommit commitTree(String message, Map<String, String> files) throws IOException {
        clock = clock.plusSeconds(60);
        try (ObjectInserter inserter = packInserter(); RevWalk walk = new RevWalk(repository)) {
            Ref head = repository.exactRef(BRANCH_REF);
            RevCommit parent = head == null ? null : walk.parseCommit(head.getObjectId());
            DirCache index = DirCache.newInCore();
            DirCacheBuilder builder = index.builder();
            files.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(file -> {
                DirCacheEntry entry = new DirCacheEntry(file.getKey());
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setObjectId(insert(inserter, file.getValue()));
                builder.add(entry);
            });
            builder.finish();
            return commitTree(inserter, walk, index.writeTree(inserter), parent, message);
        }
    }

    private ObjectInserter packInserter() {
        return repository.getObjectDatabase() instanceof ObjectDirectory objects
                ? objects.newPackInserter() : repository.newObjectInserter();
    }

    private RevCommit commitTree(ObjectInserter inserter, RevWalk walk, ObjectId tree, RevCommit parent, String message)
            throws IOException {
        PersonIdent who = new PersonIdent(new PersonIdent("Dev", "dev@example.com"), clock, ZoneOffset.UTC);
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree);
        if (parent != null) {
            commit.setParentId(parent);
        }
        commit.setAuthor(who);
        commit.setCommitter(who);
        commit.setMessage(message);
        ObjectId id = inserter.insert(commit);
        inserter.flush();
        RefUpdate update = repository.updateRef(BRANCH_REF);
        update.setNewObjectId(id);
        update.setForceUpdate(true);
        update.update();
        return walk.parseCommit(id);
    }

    private static ObjectId insert(ObjectInserter inserter, String content) {
        try {
            return inserter.insert(Constants.OBJ_BLOB, content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The commit time of the most recent commit. */
    public Instant clock() {
        return clock;
    }

    /** The remote's file URL. */
    public String url() {
        return folder.toUri().toString();
    }

    /** The bare repository's folder. */
    public Path folder() {
        return folder;
    }

    /** The bare repository, for reading what was pushed to it. */
    public Repository repository() {
        return repository;
    }

    @Override
    public void close() {
        repository.close();
    }
}
