package dev.gantry.release.oci;

import dev.gantry.release.ArtifactRef;
import dev.gantry.release.ArtifactStore;
import dev.gantry.release.ContentDescriptor;
import dev.gantry.release.MediaTypes;
import dev.gantry.release.RegistryUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Copies the image in a Jib OCI tarball into an artifact store, blobs and manifest byte for byte. */
final class OciTarballImporter {

    private static final long MAX_BLOB = 2L * 1024 * 1024 * 1024;

    private final ArtifactStore store;

    OciTarballImporter(ArtifactStore store) {
        this.store = store;
    }

    /** Imports the tarball's single image under the target's tag and returns its manifest digest. */
    String importInto(Path tarball, ArtifactRef target) throws IOException {
        Map<String, byte[]> blobs = new HashMap<>();
        byte[] index = null;
        try (InputStream file = Files.newInputStream(tarball); TarArchiveInputStream tar = new TarArchiveInputStream(file)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (!entry.isFile() || entry.getSize() > MAX_BLOB) {
                    continue;
                }
                String name = entry.getName();
                if (name.equals("index.json")) {
                    index = tar.readAllBytes();
                } else if (name.startsWith("blobs/sha256/")) {
                    blobs.put("sha256:" + name.substring("blobs/sha256/".length()), tar.readAllBytes());
                }
            }
        }
        if (index == null) {
            throw new RegistryUnavailableException("Jib's tarball for " + target + " has no index.json", null);
        }
        JsonNode manifest = JsonMapper.builder().build().readTree(index).path("manifests").path(0);
        String digest = manifest.path("digest").stringValue("");
        byte[] manifestBytes = blobs.remove(digest);
        if (manifestBytes == null) {
            throw new RegistryUnavailableException("Jib's tarball for " + target + " lacks its manifest " + digest, null);
        }
        for (Map.Entry<String, byte[]> blob : blobs.entrySet()) {
            store.putBlob(target, new ContentDescriptor("application/octet-stream", blob.getKey(), blob.getValue().length),
                    blob.getValue());
        }
        store.putManifest(target, ContentDescriptor.of(manifest.path("mediaType").stringValue(MediaTypes.OCI_MANIFEST),
                manifestBytes), manifestBytes);
        return ContentDescriptor.sha256(manifestBytes);
    }
}
