package dev.gantry.release;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Builds tar+gzip layers entry by entry, including the hostile entries Gantry never writes. */
final class TarFixture {

    static final byte[] YAML = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: demo\n".getBytes(StandardCharsets.UTF_8);
    private static final FileTime EPOCH = FileTime.from(Instant.EPOCH);

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final TarArchiveOutputStream tar;

    private TarFixture() {
        try {
            tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(buffer), StandardCharsets.UTF_8.name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    }

    /** An empty archive to add entries to. */
    static TarFixture tar() {
        return new TarFixture();
    }

    /** A regular file with the given bytes. */
    TarFixture file(String name, byte[] content) {
        TarArchiveEntry entry = entry(name, TarConstants.LF_NORMAL);
        entry.setSize(content.length);
        return put(entry, content.length, content);
    }

    /** A regular YAML-looking file. */
    TarFixture file(String name) {
        return file(name, YAML);
    }

    /** A regular file of {@code size} zero bytes, streamed so it costs no memory. */
    TarFixture zeros(String name, long size) {
        TarArchiveEntry entry = entry(name, TarConstants.LF_NORMAL);
        entry.setSize(size);
        return put(entry, size, null);
    }

    /** A folder entry; the name should end with a slash. */
    TarFixture folder(String name) {
        return put(entry(name, TarConstants.LF_DIR), 0, null);
    }

    /** A symbolic link. */
    TarFixture symbolicLink(String name, String linkTarget) {
        TarArchiveEntry entry = entry(name, TarConstants.LF_SYMLINK);
        entry.setLinkName(linkTarget);
        return put(entry, 0, null);
    }

    /** A hard link to an earlier entry. */
    TarFixture hardLink(String name, String linkTarget) {
        TarArchiveEntry entry = entry(name, TarConstants.LF_LINK);
        entry.setLinkName(linkTarget);
        return put(entry, 0, null);
    }

    /** A character device, {@code /dev/null}'s numbers. */
    TarFixture characterDevice(String name) {
        TarArchiveEntry entry = entry(name, TarConstants.LF_CHR);
        entry.setDevMajor(1);
        entry.setDevMinor(3);
        return put(entry, 0, null);
    }

    /** A fifo. */
    TarFixture fifo(String name) {
        return put(entry(name, TarConstants.LF_FIFO), 0, null);
    }

    /** A GNU long-name record holding only zeros: data no entry size accounts for. */
    TarFixture longNameRecordOfZeros(long size) {
        TarArchiveEntry entry = entry(TarConstants.GNU_LONGLINK, TarConstants.LF_GNUTYPE_LONGNAME);
        entry.setSize(size);
        return put(entry, size, null);
    }

    /** Finishes the archive and returns its tar+gzip bytes. */
    byte[] gzip() {
        try {
            tar.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    private static TarArchiveEntry entry(String name, byte type) {
        TarArchiveEntry entry = new TarArchiveEntry(name, type, true);
        entry.setLastModifiedTime(EPOCH);
        return entry;
    }

    /** Writes the entry with its content, or {@code size} zeros when the content is null. */
    private TarFixture put(TarArchiveEntry entry, long size, byte[] content) {
        try {
            tar.putArchiveEntry(entry);
            if (content != null) {
                tar.write(content);
            } else {
                writeZeros(size);
            }
            tar.closeArchiveEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private void writeZeros(long size) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        for (long left = size; left > 0; left -= chunk.length) {
            tar.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
    }
}
