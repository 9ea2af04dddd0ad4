package dev.gantry.release.oci;

import dev.gantry.release.ArtifactNotFoundException;
import dev.gantry.release.ArtifactRef;
import dev.gantry.release.ArtifactStore;
import dev.gantry.release.ContentDescriptor;
import dev.gantry.release.RegistryUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Keeps each repository as its own OCI image layout folder, {@code DIR/<repository>/}, with tags
 * as {@code org.opencontainers.image.ref.name} annotations in {@code index.json}: the form that
 * {@code oras --oci-layout}, Flux and Argo CD tooling read.
 */
public final class OciLayoutArtifactStore implements ArtifactStore {

    private static final String LAYOUT_FILE = "oci-layout";
    private static final byte[] LAYOUT_CONTENT = "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes();

    @Override
    public Optional<ContentDescriptor> resolve(ArtifactRef ref) {
        Path folder = folder(ref);
        if (ref.digest() != null) {
            Path blob = blobPath(folder, ref.digest());
            return Files.isRegularFile(blob) ? Optional.of(new ContentDescriptor(
                    LayoutIndex.read(folder).mediaTypeOf(ref.digest()), ref.digest(), size(blob))) : Optional.empty();
        }
        return LayoutIndex.read(folder).find(ref.tag());
    }

    @Override
    public InputStream manifest(ArtifactRef ref, ContentDescriptor descriptor) {
        return open(blobPath(folder(ref), descriptor.digest()), ref + " has no manifest " + descriptor.digest());
    }

    @Override
    public boolean hasBlob(ArtifactRef ref, String digest) {
        return Files.isRegularFile(blobPath(folder(ref), digest));
    }

    @Override
    public InputStream blob(ArtifactRef ref, ContentDescriptor descriptor) {
        return open(blobPath(folder(ref), descriptor.digest()), ref + " has no blob " + descriptor.digest());
    }

    @Override
    public void putBlob(ArtifactRef ref, ContentDescriptor descriptor, byte[] content) {
        Path folder = folder(ref);
        try {
            initialise(folder);
            Path blob = blobPath(folder, descriptor.digest());
            if (!Files.isRegularFile(blob)) {
                writeAtomically(blob, content);
            }
        } catch (IOException e) {
            throw new RegistryUnavailableException("cannot write blob " + descriptor.digest() + " to " + folder, e);
        }
    }

    @Override
    public void putManifest(ArtifactRef ref, ContentDescriptor descriptor, byte[] content) {
        putBlob(ref, descriptor, content);
        Path folder = folder(ref);
        try (FileChannel channel = FileChannel.open(folder.resolve("index.json.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            LayoutIndex index = LayoutIndex.read(folder).withTag(ref.tag(), descriptor);
            writeAtomically(folder.resolve(LayoutIndex.FILE), index.toJson());
        } catch (IOException e) {
            throw new RegistryUnavailableException("cannot tag " + ref + " in " + folder, e);
        }
    }

    private static Path folder(ArtifactRef ref) {
        if (!ref.registry().isLayout()) {
            throw new IllegalArgumentException(ref + " is not in an OCI layout");
        }
        return ref.registry().layoutOf(ref.repository());
    }

    static Path blobPath(Path folder, String digest) {
        return folder.resolve("blobs").resolve("sha256").resolve(digest.substring("sha256:".length()));
    }

    private static void initialise(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("blobs").resolve("sha256"));
        if (!Files.exists(folder.resolve(LAYOUT_FILE))) {
            writeAtomically(folder.resolve(LAYOUT_FILE), LAYOUT_CONTENT);
        }
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
        try {
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Opens a blob file; the caller reads it capped by its descriptor. */
    private static InputStream open(Path file, String missing) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ArtifactNotFoundException(missing);
            }
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new RegistryUnavailableException("cannot read " + file, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new RegistryUnavailableException("cannot read " + file, e);
        }
    }
}
