package dev.gantry.source.jgit;

import dev.gantry.pointer.GitOpsLayout;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Finds where a pointer file came from when a commit renamed it: JGit's rename detection over
 * the pointer files that differ between a parent and the commit. Copies are not followed, so a
 * pointer created from another environment's starts its own history.
 */
final class RenameTracer {

    /** Pointer files are small; a renamed one usually changes a line or two of eight. */
    private static final int RENAME_SCORE = 50;

    private static final TreeFilter POINTERS = AndTreeFilter.create(new TreeFilter[] {
        PathFilter.create(GitOpsLayout.ENVIRONMENTS), PathSuffixFilter.create("/" + GitOpsLayout.POINTER_FILE),
        TreeFilter.ANY_DIFF});

    private final ObjectReader reader;

    RenameTracer(ObjectReader reader) {
        this.reader = reader;
    }

    /** The path in {@code before} that {@code after} renamed to {@code path}, if it was a rename. */
    Optional<String> sourceOf(RevTree before, RevTree after, String path) throws IOException {
        try (TreeWalk walk = new TreeWalk(reader)) {
            walk.addTree(new CanonicalTreeParser(null, reader, before));
            walk.addTree(new CanonicalTreeParser(null, reader, after));
            walk.setRecursive(true);
            walk.setFilter(POINTERS);
            RenameDetector detector = new RenameDetector(reader, new Config().get(DiffConfig.KEY));
            detector.setRenameScore(RENAME_SCORE);
            detector.addAll(DiffEntry.scan(walk));
            return detector.compute().stream()
                    .filter(entry -> entry.getChangeType() == DiffEntry.ChangeType.RENAME)
                    .filter(entry -> entry.getNewPath().equals(path))
                    .map(DiffEntry::getOldPath)
                    .findFirst();
        }
    }
}
