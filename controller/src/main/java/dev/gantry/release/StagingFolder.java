package dev.gantry.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A fresh folder beside the target that extraction fills; on success it becomes the target in one
 * rename, on failure it is deleted, so the target is never seen half written.
 */
final class StagingFolder {

    private static final Set<PosixFilePermission> FOLDER_PERMISSIONS = PosixFilePermissions.fromString("rwxr-xr-x");

    private final Path target;
    private final Path path;

    private StagingFolder(Path target, Path path) {
        this.target = target;
        this.path = path;
    }

    /**
     * Checks the target can take an extraction and creates the staging folder beside it.
     *
     * @throws TargetFolderRefusedException when the target is a file, a link or a non-empty folder,
     *     or its parent folder does not exist
     */
    static StagingFolder beside(Path requested) {
        Path target = requested.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new TargetFolderRefusedException(target, "has no parent folder to extract beside");
        }
        checkUsable(target);
        try {
            return new StagingFolder(target, Files.createTempDirectory(parent, "." + target.getFileName() + ".gantry-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder in " + parent, e);
        }
    }

    private static void checkUsable(Path target) {
        if (Files.isSymbolicLink(target)) {
            throw new TargetFolderRefusedException(target, "is a symbolic link; extract into a real folder");
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new TargetFolderRefusedException(target, "is a file, not a folder");
        }
        try (Stream<Path> children = Files.list(target)) {
            if (children.findAny().isPresent()) {
                throw new TargetFolderRefusedException(target, "is not empty; extract into a new or empty folder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + target, e);
        }
    }

    /** The staging folder, which extraction fills. */
    Path path() {
        return path;
    }

    /** Renames the staging folder to the target, replacing the target if it is an empty folder. */
    void moveIntoPlace() {
        try {
            if (Files.getFileAttributeView(path, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(path, Files.isDirectory(target)
                        ? Files.getPosixFilePermissions(target) : FOLDER_PERMISSIONS);
            }
            Files.move(path, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the extracted manifests from " + path + " to " + target, e);
        }
    }

    /** Deletes the staging folder and everything in it; a failure is added to {@code cause}. */
    void discard(Throwable cause) {
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.delete(folder);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            cause.addSuppressed(new UncheckedIOException("cannot delete the staging folder " + path, e));
        }
    }
}
