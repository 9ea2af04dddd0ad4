package dev.gantry.source.jgit;

import dev.gantry.source.FileCommit;
import dev.gantry.source.Trailer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.FooterLine;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/** The commits that changed one path, newest first, as {@link PathFollower} finds them, in the port's terms. */
final class PathHistory {

    private PathHistory() {
    }

    /** Walks back from {@code start} (already parsed by {@code walk}) and returns at most {@code maxCount} changes of {@code path}. */
    static List<FileCommit> of(RevWalk walk, RevCommit start, String path, int maxCount, int maxFileBytes) throws IOException {
        List<FileCommit> changes = new ArrayList<>();
        for (PathFollower.Visit visit : new PathFollower(walk).follow(start, path, maxCount)) {
            RevCommit commit = visit.commit();
            walk.parseBody(commit);
            changes.add(new FileCommit(JGitCommits.toCommit(commit), visit.path(), trailers(commit),
                    content(walk.getObjectReader(), commit, visit.path(), maxFileBytes), commit.getRawBuffer()));
        }
        return changes;
    }

    private static List<Trailer> trailers(RevCommit commit) {
        return commit.getFooterLines().stream().map(PathHistory::toTrailer).toList();
    }

    private static Trailer toTrailer(FooterLine line) {
        return new Trailer(line.getKey(), line.getValue().strip());
    }

    private static byte[] content(ObjectReader reader, RevCommit commit, String path, int maxFileBytes) throws IOException {
        try (TreeWalk entry = TreeWalk.forPath(reader, path, commit.getTree())) {
            if (entry == null || (entry.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
                return null;
            }
            return reader.open(entry.getObjectId(0)).getCachedBytes(maxFileBytes);
        }
    }
}
