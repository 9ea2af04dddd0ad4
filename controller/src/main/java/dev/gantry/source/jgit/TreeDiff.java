package dev.gantry.source.jgit;

import dev.gantry.pointer.GitOpsLayout;
import dev.gantry.source.ChangeType;
import dev.gantry.source.ChangedPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Diffs two trees under {@code environments/}. The walk is filtered by path and by
 * {@link TreeFilter#ANY_DIFF}, so a sub-tree whose id is equal on both sides is skipped without
 * being read: the work is proportional to what changed. Renames are not detected.
 */
final class TreeDiff {

    private static final TreeFilter ENVIRONMENTS = PathFilter.create(GitOpsLayout.ENVIRONMENTS);

    private TreeDiff() {
    }

    /** The changed paths from {@code from} (null for the empty tree) to {@code to}. */
    static List<ChangedPath> between(ObjectReader reader, RevTree from, RevTree to) throws IOException {
        try (TreeWalk walk = new TreeWalk(reader)) {
            if (from == null) {
                walk.addTree(new EmptyTreeIterator());
            } else {
                walk.addTree(new CanonicalTreeParser(null, reader, from));
            }
            walk.addTree(new CanonicalTreeParser(null, reader, to));
            walk.setRecursive(true);
            walk.setFilter(AndTreeFilter.create(ENVIRONMENTS, TreeFilter.ANY_DIFF));
            List<ChangedPath> changes = new ArrayList<>();
            for (DiffEntry entry : DiffEntry.scan(walk)) {
                changes.add(classify(entry));
            }
            return changes;
        }
    }

    private static ChangedPath classify(DiffEntry entry) {
        return switch (entry.getChangeType()) {
            case ADD -> ChangedPath.classify(entry.getNewPath(), ChangeType.ADDED);
            case DELETE -> ChangedPath.classify(entry.getOldPath(), ChangeType.DELETED);
            default -> ChangedPath.classify(entry.getNewPath(), ChangeType.MODIFIED);
        };
    }
}
