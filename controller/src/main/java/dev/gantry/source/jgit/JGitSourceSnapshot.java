package dev.gantry.source.jgit;

import dev.gantry.source.SourceSnapshot;
import dev.gantry.source.SourceRefusedException;
import dev.gantry.source.SourceUnavailableException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/** One commit of a mirror, read straight from its object database. */
final class JGitSourceSnapshot implements SourceSnapshot {

    private static final int MAX_FILE_BYTES = 256 * 1024 * 1024;
    private static final Set<PosixFilePermission> EXECUTABLE = Set.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);

    private final Repository repository;
    private final RevCommit commit;
    private final Optional<String> sourceUrl;

    JGitSourceSnapshot(Repository repository, RevCommit commit, Optional<String> sourceUrl) {
        this.repository = repository;
        this.commit = commit;
        this.sourceUrl = sourceUrl;
    }

    @Override
    public String commit() {
        return commit.name();
    }

    @Override
    public Instant commitTime() {
        return Instant.ofEpochSecond(commit.getCommitTime());
    }

    @Override
    public Optional<String> sourceUrl() {
        return sourceUrl;
    }

    @Override
    public Optional<byte[]> read(String path) {
        try (TreeWalk walk = TreeWalk.forPath(repository, path, commit.getTree())) {
            if (walk == null || (walk.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
                return Optional.empty();
            }
            return Optional.of(repository.open(walk.getObjectId(0)).getCachedBytes(MAX_FILE_BYTES));
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot read " + path + " at " + commit.name(), e);
        }
    }

    @Override
    public int export(String folder, Path target) {
        String prefix = folder.isEmpty() || folder.equals(".") ? "" : folder.replaceAll("/+$", "");
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            if (!prefix.isEmpty()) {
                walk.setFilter(PathFilter.create(prefix));
            }
            Files.createDirectories(target);
            int files = 0;
            while (walk.next()) {
                String relative = prefix.isEmpty() ? walk.getPathString() : walk.getPathString().substring(prefix.length() + 1);
                files += write(walk, target.resolve(relative));
            }
            return files;
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot export " + folder + " at " + commit.name(), e);
        }
    }

    private int write(TreeWalk walk, Path file) throws IOException {
        FileMode mode = walk.getFileMode(0);
        if (mode == FileMode.GITLINK) {
            return 0;
        }
        if (mode == FileMode.SYMLINK) {
            throw new SourceRefusedException("'" + walk.getPathString()
                    + "' is a symbolic link: release sources may hold regular files only, and links are never followed");
        }
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            repository.open(walk.getObjectId(0)).copyTo(out);
        }
        if (mode == FileMode.EXECUTABLE_FILE) {
            Files.setPosixFilePermissions(file, EXECUTABLE);
        }
        return 1;
    }

    @Override
    public void close() {
        repository.close();
    }
}
