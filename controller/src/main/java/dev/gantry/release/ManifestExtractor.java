package dev.gantry.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * Extracts a manifests layer into a folder, treating the layer as hostile input.
 *
 * <p>Only plain {@code .yaml}/{@code .yml} files and folders are accepted, each at a relative path
 * that stays inside the target, within the {@link ArchiveLimits}. The layer is unpacked into a
 * fresh folder beside the target, which becomes the target in one rename only when every entry
 * (and, when given, the digest) has passed; on any failure it is deleted, so the target is left
 * exactly as it was: still absent, or still empty.
 */
public final class ManifestExtractor {

    private final ArchiveLimits limits;

    /** An extractor with {@link ArchiveLimits#DEFAULT}. */
    public ManifestExtractor() {
        this(ArchiveLimits.DEFAULT);
    }

    /**
     * An extractor with its own limits.
     *
     * @param limits the caps on entries, file size and total size
     */
    public ManifestExtractor(ArchiveLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Extracts a layer without checking its digest, for a layer verified some other way.
     *
     * @param layer the tar+gzip bytes; read to the end of the gzip data and not closed
     * @param target the folder to create; it must not exist, or be an empty folder, and its parent
     *     must exist
     * @return the extracted files' paths relative to the target, forward slashes, sorted
     * @throws TargetFolderRefusedException before reading anything, when the target is not usable
     * @throws ArchiveRefusedException when the layer breaks a rule; the message names the entry
     * @throws UncheckedIOException when the layer cannot be read or the file system fails
     */
    public List<String> extract(InputStream layer, Path target) {
        return extractInto(target, staging -> new TarUnpacker(limits, staging).unpack(new UncheckedInputStream(layer)));
    }

    /**
     * Extracts a layer while checking it is exactly the blob its descriptor names; nothing reaches
     * the target unless the size and digest match.
     *
     * @param layer the tar+gzip bytes; read to its end and not closed
     * @param expected the digest and size from the artifact's OCI manifest
     * @param target the folder to create; it must not exist, or be an empty folder, and its parent
     *     must exist
     * @return the extracted files' paths relative to the target, forward slashes, sorted
     * @throws TargetFolderRefusedException before reading anything, when the target is not usable
     * @throws ArchiveRefusedException when the layer breaks a rule, including
     *     {@link ArchiveRule#SIZE_MISMATCH} and {@link ArchiveRule#DIGEST_MISMATCH}
     * @throws UncheckedIOException when the layer cannot be read or the file system fails
     */
    public List<String> extract(InputStream layer, ContentDescriptor expected, Path target) {
        Objects.requireNonNull(expected, "expected");
        return extractInto(target, staging -> {
            VerifyingInputStream verifying = new VerifyingInputStream(new UncheckedInputStream(layer), expected);
            List<String> files = new TarUnpacker(limits, staging).unpack(verifying);
            verifyToEnd(verifying);
            return files;
        });
    }

    /**
     * Reads a layer's files into memory, by the same rules and with the same check against its
     * descriptor as {@link #extract(InputStream, ContentDescriptor, Path)}, for a caller that would
     * only read the extracted files back: nothing is written to disk.
     *
     * @param layer the tar+gzip bytes; read to its end and not closed
     * @param expected the digest and size from the artifact's OCI manifest
     * @return each file's bytes by its path, forward slashes, sorted
     * @throws ArchiveRefusedException when the layer breaks a rule, including
     *     {@link ArchiveRule#SIZE_MISMATCH} and {@link ArchiveRule#DIGEST_MISMATCH}
     * @throws UncheckedIOException when the layer cannot be read
     */
    public SortedMap<String, byte[]> read(InputStream layer, ContentDescriptor expected) {
        Objects.requireNonNull(expected, "expected");
        MemoryTarget memory = new MemoryTarget();
        VerifyingInputStream verifying = new VerifyingInputStream(new UncheckedInputStream(layer), expected);
        new TarUnpacker(limits, memory).unpack(verifying);
        verifyToEnd(verifying);
        return memory.files();
    }

    private static List<String> extractInto(Path target, Function<Path, List<String>> unpack) {
        StagingFolder staging = StagingFolder.beside(target);
        try {
            List<String> files = unpack.apply(staging.path());
            staging.moveIntoPlace();
            return files;
        } catch (RuntimeException | Error e) {
            staging.discard(e);
            throw e;
        }
    }

    private static void verifyToEnd(VerifyingInputStream verifying) {
        try {
            verifying.verifyToEnd();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the layer to its end", e);
        }
    }
}
