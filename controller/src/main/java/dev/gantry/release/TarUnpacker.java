package dev.gantry.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Reads a tar+gzip stream entry by entry into an {@link UnpackTarget} (a staging folder, or
 * memory), enforcing every {@link ArchiveRule} before it writes a byte of the entry.
 */
final class TarUnpacker {

    private final ArchiveLimits limits;
    private final UnpackTarget target;
    private final Set<String> files = new TreeSet<>();
    private final Set<String> folders = new HashSet<>();
    private final Set<String> declaredFolders = new HashSet<>();
    private final byte[] buffer = new byte[8192];
    private int entries;
    private long total;
    private String current;

    TarUnpacker(ArchiveLimits limits, Path root) {
        this(limits, new FolderTarget(root));
    }

    TarUnpacker(ArchiveLimits limits, UnpackTarget target) {
        this.limits = limits;
        this.target = target;
    }

    /** Unpacks the whole layer; the stream is read to the end of its gzip data and not closed. */
    List<String> unpack(InputStream layer) {
        ExpansionGuard guard = new ExpansionGuard(gunzip(layer));
        TarArchiveInputStream tar = new TarArchiveInputStream(guard, StandardCharsets.UTF_8.name());
        for (TarArchiveEntry entry = next(tar); entry != null; entry = next(tar)) {
            current = entry.getName();
            if (++entries > limits.maxEntries()) {
                throw refuse(ArchiveRule.TOO_MANY_ENTRIES, "is one more than the limit of " + limits.maxEntries() + " entries");
            }
            if (EntryKind.of(entry) == EntryKind.FOLDER) {
                folder(entry);
                guard.admit(current, 0);
            } else {
                file(tar, entry, guard);
            }
        }
        readToEnd(guard);
        return List.copyOf(files);
    }

    private InputStream gunzip(InputStream layer) {
        try {
            return new GzipCompressorInputStream(layer);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private TarArchiveEntry next(TarArchiveInputStream tar) {
        try {
            return tar.getNextEntry();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private void folder(TarArchiveEntry entry) {
        String name = entry.getName();
        String path = ManifestPath.withoutDotSegments(name.endsWith("/") ? name.substring(0, name.length() - 1) : name);
        if (path.isEmpty()) {
            return;
        }
        ManifestPath.checkFolder(path, name);
        if (files.contains(path)) {
            throw refuse(ArchiveRule.DUPLICATE_ENTRY, "is a folder where an earlier entry is a file");
        }
        if (!declaredFolders.add(path)) {
            throw refuse(ArchiveRule.DUPLICATE_ENTRY, "appears twice in the archive");
        }
        createFolders(path);
    }

    private void file(TarArchiveInputStream tar, TarArchiveEntry entry, ExpansionGuard guard) {
        String path = ManifestPath.withoutDotSegments(entry.getName());
        ManifestPath.checkFile(path, entry.getName());
        if (files.contains(path)) {
            throw refuse(ArchiveRule.DUPLICATE_ENTRY, "appears twice in the archive");
        }
        if (folders.contains(path)) {
            throw refuse(ArchiveRule.DUPLICATE_ENTRY, "is a file where an earlier entry is a folder");
        }
        checkDeclared(entry.getSize());
        guard.admit(current, entry.getSize());
        int slash = path.lastIndexOf('/');
        if (slash > 0) {
            createFolders(path.substring(0, slash));
        }
        copy(tar, path);
        files.add(path);
    }

    /** Creates a folder and its parents in the staging folder, refusing one that is already a file. */
    private void createFolders(String path) {
        for (int slash = path.indexOf('/'); slash != -1; slash = path.indexOf('/', slash + 1)) {
            checkNotAFile(path.substring(0, slash));
        }
        checkNotAFile(path);
        try {
            target.folder(path);
        } catch (FileAlreadyExistsException e) {
            throw collision();
        } catch (UnpackTarget.EscapesTargetException e) {
            throw escapes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create folder " + path, e);
        }
        for (int slash = path.indexOf('/'); slash != -1; slash = path.indexOf('/', slash + 1)) {
            folders.add(path.substring(0, slash));
        }
        folders.add(path);
    }

    private void checkNotAFile(String folder) {
        if (files.contains(folder)) {
            throw refuse(ArchiveRule.DUPLICATE_ENTRY, "puts a folder where the earlier entry '" + folder + "' is a file");
        }
    }

    /** Copies the entry's content, counting the bytes actually read rather than trusting its header. */
    private void copy(TarArchiveInputStream tar, String path) {
        long written = 0;
        try (OutputStream out = target.file(path)) {
            for (int n = read(tar); n != -1; n = read(tar)) {
                written += n;
                total += n;
                checkRead(written);
                out.write(buffer, 0, n);
            }
        } catch (FileAlreadyExistsException e) {
            throw collision();
        } catch (UnpackTarget.EscapesTargetException e) {
            throw escapes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    private int read(TarArchiveInputStream tar) {
        try {
            return tar.read(buffer);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** Checks a file's size from its header, before reading it, against both limits. */
    private void checkDeclared(long size) {
        checkFileSize(size, "declares");
        checkTotal(total + size);
    }

    /** Checks the bytes actually read so far, whatever the header said. */
    private void checkRead(long written) {
        checkFileSize(written, "holds");
        checkTotal(total);
    }

    private void checkFileSize(long bytes, String verb) {
        if (bytes > limits.maxFileBytes()) {
            throw refuse(ArchiveRule.FILE_TOO_LARGE, verb + " more than the "
                    + ArchiveLimits.describe(limits.maxFileBytes()) + " limit per file");
        }
    }

    private void checkTotal(long bytes) {
        if (bytes > limits.maxTotalBytes()) {
            throw refuse(ArchiveRule.TOTAL_TOO_LARGE, "takes the files past the "
                    + ArchiveLimits.describe(limits.maxTotalBytes()) + " limit for all files together");
        }
    }

    /** Reads the rest of the decompressed stream, so a corrupt gzip trailer is noticed; the guard bounds it. */
    private void readToEnd(ExpansionGuard guard) {
        try {
            guard.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private ArchiveRefusedException escapes() {
        return refuse(ArchiveRule.ESCAPES_TARGET, "escapes the target folder");
    }

    private ArchiveRefusedException collision() {
        return refuse(ArchiveRule.DUPLICATE_ENTRY, "collides with an earlier entry on this file system");
    }

    private ArchiveRefusedException unreadable(IOException cause) {
        ArchiveRefusedException refusal = current == null
                ? ArchiveRefusedException.forLayer(ArchiveRule.UNREADABLE, "layer is not a readable tar+gzip archive: "
                        + cause.getMessage())
                : refuse(ArchiveRule.UNREADABLE, "is cut short or followed by unreadable data: " + cause.getMessage());
        refusal.initCause(cause);
        return refusal;
    }

    private ArchiveRefusedException refuse(ArchiveRule rule, String problem) {
        return ArchiveRefusedException.forEntry(rule, current, problem);
    }
}
