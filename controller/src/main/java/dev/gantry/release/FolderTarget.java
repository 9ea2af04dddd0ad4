package dev.gantry.release;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Unpacks into a staging folder, checking each path once more after the file system normalises it. */
final class FolderTarget implements UnpackTarget {

    private final Path root;

    FolderTarget(Path root) {
        this.root = root;
    }

    @Override
    public void folder(String path) throws IOException {
        Files.createDirectories(resolve(path));
    }

    @Override
    public OutputStream file(String path) throws IOException {
        return Files.newOutputStream(resolve(path), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    private Path resolve(String path) throws EscapesTargetException {
        Path resolved = root.resolve(path).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw new EscapesTargetException(path);
        }
        return resolved;
    }
}
