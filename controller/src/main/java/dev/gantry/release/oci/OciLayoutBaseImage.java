package dev.gantry.release.oci;

import dev.gantry.release.ContentDescriptor;
import dev.gantry.release.ReleaseBuildException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes an image in a local OCI layout usable as a Jib base: {@code oci-layout:DIR[:TAG]} is
 * copied into a Docker-format image tarball (manifest.json, config, layers), which Jib reads.
 * Every blob's digest is checked on the way.
 */
final class OciLayoutBaseImage {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OciLayoutBaseImage() {
    }

    /**
     * Writes the tarball.
     *
     * @param reference {@code oci-layout:DIR} or {@code oci-layout:DIR:TAG}; without a tag the layout must hold one image
     * @param tarball where to write
     * @throws ReleaseBuildException when the layout, tag or a blob is missing or does not verify
     */
    static void writeDockerTar(String reference, Path tarball) {
        String spec = reference.substring("oci-layout:".length());
        int colon = spec.lastIndexOf(':');
        boolean tagged = colon > spec.lastIndexOf('/');
        Path layout = Path.of(tagged ? spec.substring(0, colon) : spec);
        String tag = tagged ? spec.substring(colon + 1) : null;
        try {
            JsonNode manifest = JSON.readTree(blob(layout, manifestDigest(layout, tag, reference)));
            List<String> layers = new ArrayList<>();
            manifest.path("layers").forEach(layer -> layers.add(layer.path("digest").stringValue()));
            write(layout, manifest.path("config").path("digest").stringValue(), layers, tarball);
        } catch (IOException e) {
            throw new ReleaseBuildException("cannot read the base image " + reference + ": " + e.getMessage());
        }
    }

    private static String manifestDigest(Path layout, String tag, String reference) throws IOException {
        Path index = layout.resolve("index.json");
        if (!Files.isRegularFile(index)) {
            throw new ReleaseBuildException("base image " + reference + ": " + layout + " is not an OCI layout (no index.json)");
        }
        List<String> matches = new ArrayList<>();
        for (JsonNode entry : JSON.readTree(Files.readAllBytes(index)).path("manifests")) {
            String name = entry.path("annotations").path(LayoutIndex.REF_NAME).stringValue(null);
            if (tag == null || tag.equals(name)) {
                matches.add(entry.path("digest").stringValue());
            }
        }
        if (matches.size() != 1) {
            throw new ReleaseBuildException("base image " + reference + ": " + (matches.isEmpty() ? "no image"
                    : matches.size() + " images") + (tag == null ? " in the layout; name one with :TAG" : " tagged " + tag));
        }
        return matches.get(0);
    }

    private static void write(Path layout, String config, List<String> layers, Path tarball) throws IOException {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("Config", hex(config) + ".json");
        entry.putArray("RepoTags").add("gantry-base:latest");
        ArrayNode layerFiles = entry.putArray("Layers");
        layers.forEach(layer -> layerFiles.add(hex(layer) + ".tar.gz"));
        ArrayNode manifest = JsonNodeFactory.instance.arrayNode().add(entry);
        try (OutputStream file = Files.newOutputStream(tarball); TarArchiveOutputStream tar = new TarArchiveOutputStream(file)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            add(tar, "manifest.json", JSON.writeValueAsBytes(manifest));
            add(tar, hex(config) + ".json", blob(layout, config));
            for (String layer : layers) {
                add(tar, hex(layer) + ".tar.gz", blob(layout, layer));
            }
        }
    }

    private static byte[] blob(Path layout, String digest) throws IOException {
        Path file = OciLayoutArtifactStore.blobPath(layout, digest);
        if (!Files.isRegularFile(file)) {
            throw new ReleaseBuildException("base image blob " + digest + " is missing from " + layout);
        }
        byte[] content = Files.readAllBytes(file);
        if (!ContentDescriptor.sha256(content).equals(digest)) {
            throw new ReleaseBuildException("base image blob " + digest + " in " + layout + " does not match its digest");
        }
        return content;
    }

    private static void add(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        entry.setModTime(0);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    private static String hex(String digest) {
        return digest.substring(digest.indexOf(':') + 1);
    }
}
