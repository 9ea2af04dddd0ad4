package dev.gantry.source.jgit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Walks history from one commit, newest first, keeping the commits that changed one file, as
 * {@code git log --follow} would but with a path per line of history: a commit whose file equals
 * a parent's follows only that parent and is not a change; otherwise it is a change and every
 * parent is followed, under the file's old path where that parent had it under another name.
 * Renames are detected among release pointers ({@code environments/.../release.yaml}) only.
 *
 * <p>The one path-history walk of the code base: the controller's approval check reads it
 * through {@link JGitGitOpsRepository#history}, the CLI through the promotion adapter.
 */
public final class PathFollower {

    private static final Comparator<Visit> NEWEST_FIRST =
            Comparator.comparingInt((Visit visit) -> visit.commit().getCommitTime()).reversed();

    private final RevWalk walk;
    private final RenameTracer renames;

    /** Walks with {@code walk}, whose object reader also reads the trees. */
    public PathFollower(RevWalk walk) {
        this.walk = walk;
        this.renames = new RenameTracer(walk.getObjectReader());
    }

    /**
     * The commits reachable from {@code start} that changed {@code path} (as named in {@code
     * start}), newest first, stopping after {@code maxCount} of them.
     */
    public List<Visit> follow(RevCommit start, String path, int maxCount) throws IOException {
        PriorityQueue<Visit> queue = new PriorityQueue<>(NEWEST_FIRST);
        Set<ObjectId> seen = new HashSet<>();
        List<Visit> changes = new ArrayList<>();
        queue.add(new Visit(start, path));
        while (!queue.isEmpty() && changes.size() < maxCount) {
            Visit visit = queue.poll();
            if (seen.add(visit.commit().copy()) && step(visit, queue)) {
                changes.add(visit);
            }
        }
        return changes;
    }

    /** Queues the parents to follow from one commit; true when the commit changed the file. */
    private boolean step(Visit visit, PriorityQueue<Visit> queue) throws IOException {
        RevCommit commit = visit.commit();
        ObjectId blob = blobAt(commit, visit.path());
        List<RevCommit> parents = new ArrayList<>();
        for (RevCommit parent : commit.getParents()) {
            parents.add(walk.parseCommit(parent));
        }
        for (RevCommit parent : parents) {
            if (Objects.equals(blobAt(parent, visit.path()), blob)) {
                queue.add(new Visit(parent, visit.path()));
                return false;
            }
        }
        for (RevCommit parent : parents) {
            queue.add(new Visit(parent, pathIn(parent, commit, visit.path(), blob)));
        }
        return blob != null || !parents.isEmpty();
    }

    private String pathIn(RevCommit parent, RevCommit commit, String path, ObjectId blob) throws IOException {
        if (blob == null || blobAt(parent, path) != null) {
            return path;
        }
        return renames.sourceOf(parent.getTree(), commit.getTree(), path).orElse(path);
    }

    private ObjectId blobAt(RevCommit commit, String path) throws IOException {
        try (TreeWalk tree = TreeWalk.forPath(walk.getObjectReader(), path, commit.getTree())) {
            return tree == null ? null : tree.getObjectId(0);
        }
    }

    /** The file's bytes at a commit, or null when it is not there. */
    public static byte[] read(ObjectReader reader, RevCommit commit, String path, int limit) throws IOException {
        try (TreeWalk tree = TreeWalk.forPath(reader, path, commit.getTree())) {
            return tree == null ? null : reader.open(tree.getObjectId(0)).getCachedBytes(limit);
        }
    }

    /**
     * One commit on a followed line of history, and the file's path there.
     *
     * @param commit the commit
     * @param path the file's path in that commit
     */
    public record Visit(RevCommit commit, String path) {
    }
}
