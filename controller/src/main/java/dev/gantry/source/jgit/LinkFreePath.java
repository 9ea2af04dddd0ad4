package dev.gantry.source.jgit;

import dev.gantry.pointer.DocumentInvalidException;
import dev.gantry.pointer.Problem;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Looks one path up in a commit's tree without ever going through a symbolic link: a path that is
 * a link, or lies under a folder that is one, is refused rather than taken as missing, so a
 * pointer turned into a link cannot pass for a deleted one.
 */
final class LinkFreePath {

    private LinkFreePath() {
    }

    /**
     * The entry at {@code path}, or empty when nothing is there.
     *
     * @throws DocumentInvalidException when the path, or a folder on the way to it, is a symbolic link
     */
    static Optional<Entry> find(ObjectReader reader, RevTree tree, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(reader, path, tree)) {
            if (walk != null) {
                return Optional.of(refuseLink(path, new Entry(walk.getObjectId(0), walk.getFileMode(0))));
            }
        }
        refuseLinkAbove(reader, tree, path);
        return Optional.empty();
    }

    private static void refuseLinkAbove(ObjectReader reader, RevTree tree, String path) throws IOException {
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            String folder = path.substring(0, slash);
            try (TreeWalk walk = TreeWalk.forPath(reader, folder, tree)) {
                if (walk == null || refuseLink(folder, new Entry(walk.getObjectId(0), walk.getFileMode(0))).mode() != FileMode.TREE) {
                    return;
                }
            }
        }
    }

    private static Entry refuseLink(String path, Entry entry) {
        if (entry.mode() == FileMode.SYMLINK) {
            throw new DocumentInvalidException(Problem.symbolicLink(path));
        }
        return entry;
    }

    /**
     * One tree entry.
     *
     * @param id the blob or tree it names
     * @param mode what it is: a file, a folder, a submodule
     */
    record Entry(ObjectId id, FileMode mode) {

        /** Whether it is a regular (possibly executable) file. */
        boolean isFile() {
            return (mode.getBits() & FileMode.TYPE_MASK) == FileMode.TYPE_FILE;
        }
    }
}
