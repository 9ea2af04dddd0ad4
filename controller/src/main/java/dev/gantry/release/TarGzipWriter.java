package dev.gantry.release;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * Writes the reproducible tar+gzip of {@link ManifestArchive}; every setting that could vary is
 * pinned here rather than left to a library default.
 */
final class TarGzipWriter {

    /** Largest modification time a plain tar header holds: 11 octal digits of seconds. */
    private static final long MAX_TAR_SECONDS = 077777777777L;
    private static final int FILE_MODE = 0644;
    private static final int FOLDER_MODE = 0755;

    private final FileTime entryTime;

    TarGzipWriter(Instant entryTime) {
        long seconds = entryTime.truncatedTo(ChronoUnit.SECONDS).getEpochSecond();
        if (seconds < 0 || seconds > MAX_TAR_SECONDS) {
            throw new IllegalArgumentException("entry time " + entryTime + " is outside what a tar header holds");
        }
        this.entryTime = FileTime.from(seconds, TimeUnit.SECONDS);
    }

    /** Packs the manifests: folders and files sorted by path, folders ending in a slash. */
    byte[] pack(Map<String, byte[]> manifests) {
        TreeMap<String, byte[]> entries = entries(manifests);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = tarOver(new GzipCompressorOutputStream(buffer, gzipParameters()))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                write(tar, entry.getKey(), entry.getValue());
            }
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack manifests in memory", e);
        }
        return buffer.toByteArray();
    }

    /** Every file and every parent folder, sorted; a folder maps to an empty array. */
    private static TreeMap<String, byte[]> entries(Map<String, byte[]> manifests) {
        TreeMap<String, byte[]> entries = new TreeMap<>();
        for (Map.Entry<String, byte[]> manifest : manifests.entrySet()) {
            String path = manifest.getKey();
            checkPath(path);
            entries.put(path, manifest.getValue().clone());
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                entries.put(path.substring(0, slash + 1), new byte[0]);
            }
        }
        for (String path : manifests.keySet()) {
            if (entries.containsKey(path + "/")) {
                throw new IllegalArgumentException("manifest path '" + path + "' is both a file and a folder");
            }
        }
        return entries;
    }

    private static void checkPath(String path) {
        try {
            ManifestPath.checkFile(path, path);
        } catch (ArchiveRefusedException e) {
            throw new IllegalArgumentException(e.getMessage().replaceFirst("^entry", "manifest path"), e);
        }
    }

    private void write(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        boolean folder = name.endsWith("/");
        TarArchiveEntry entry = new TarArchiveEntry(name, folder ? TarConstants.LF_DIR : TarConstants.LF_NORMAL, true);
        entry.setMode(folder ? FOLDER_MODE : FILE_MODE);
        entry.setSize(content.length);
        entry.setLastModifiedTime(entryTime);
        entry.setUserId(0);
        entry.setGroupId(0);
        entry.setUserName("");
        entry.setGroupName("");
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    private static TarArchiveOutputStream tarOver(GzipCompressorOutputStream gzip) {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip, TarConstants.DEFAULT_BLKSIZE,
                StandardCharsets.UTF_8.name());
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_ERROR);
        tar.setAddPaxHeadersForNonAsciiNames(true);
        return tar;
    }

    private static GzipParameters gzipParameters() {
        GzipParameters parameters = new GzipParameters();
        parameters.setCompressionLevel(Deflater.BEST_COMPRESSION);
        parameters.setModificationTime(0);
        parameters.setFileName(null);
        parameters.setOS(GzipParameters.OS.UNKNOWN);
        return parameters;
    }
}
