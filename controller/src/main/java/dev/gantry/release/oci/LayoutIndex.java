package dev.gantry.release.oci;

import dev.gantry.release.ContentDescriptor;
import dev.gantry.release.MediaTypes;
import dev.gantry.release.RegistryUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The {@code index.json} of one OCI layout: which manifest each tag names. */
final class LayoutIndex {

    static final String FILE = "index.json";
    static final String REF_NAME = "org.opencontainers.image.ref.name";

    /** The largest index read: far above any one repository's tags, far below what hurts memory. */
    static final long MAX_BYTES = 4L << 20;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Entry> entries;

    private LayoutIndex(List<Entry> entries) {
        this.entries = entries;
    }

    /** Reads the index of a layout folder; a missing file is an empty index. */
    static LayoutIndex read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new LayoutIndex(List.of());
        }
        try {
            List<Entry> entries = new ArrayList<>();
            for (JsonNode manifest : JSON.readTree(readCapped(file)).path("manifests")) {
                entries.add(new Entry(manifest.path("annotations").path(REF_NAME).stringValue(null),
                        new ContentDescriptor(manifest.path("mediaType").stringValue(MediaTypes.OCI_MANIFEST),
                                manifest.path("digest").stringValue(), manifest.path("size").asLong())));
            }
            return new LayoutIndex(entries);
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            throw new RegistryUnavailableException("cannot read the OCI layout index " + file, e);
        }
    }

    private static byte[] readCapped(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes((int) MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw new RegistryUnavailableException("the OCI layout index " + file + " is over the 4 MiB limit; refused", null);
            }
            return content;
        }
    }

    /** The descriptor a tag names. */
    Optional<ContentDescriptor> find(String tag) {
        return entries.stream().filter(e -> tag.equals(e.tag())).map(Entry::descriptor).findFirst();
    }

    /** The media type recorded for a digest, else the OCI manifest type. */
    String mediaTypeOf(String digest) {
        return entries.stream().map(Entry::descriptor).filter(d -> d.digest().equals(digest))
                .map(ContentDescriptor::mediaType).findFirst().orElse(MediaTypes.OCI_MANIFEST);
    }

    /** This index with the tag moved to the descriptor; entries sorted by tag for stable bytes. */
    LayoutIndex withTag(String tag, ContentDescriptor descriptor) {
        List<Entry> updated = new ArrayList<>(entries.stream().filter(e -> !tag.equals(e.tag())).toList());
        updated.add(new Entry(tag, descriptor));
        updated.sort(Comparator.comparing(e -> e.tag() == null ? "" : e.tag()));
        return new LayoutIndex(updated);
    }

    byte[] toJson() {
        ObjectNode index = JsonNodeFactory.instance.objectNode();
        index.put("schemaVersion", 2);
        index.put("mediaType", MediaTypes.OCI_INDEX);
        ArrayNode manifests = index.putArray("manifests");
        for (Entry entry : entries) {
            ObjectNode manifest = manifests.addObject();
            manifest.put("mediaType", entry.descriptor().mediaType());
            manifest.put("digest", entry.descriptor().digest());
            manifest.put("size", entry.descriptor().size());
            if (entry.tag() != null) {
                manifest.putObject("annotations").put(REF_NAME, entry.tag());
            }
        }
        return JSON.writeValueAsBytes(index);
    }

    private record Entry(String tag, ContentDescriptor descriptor) {
    }
}
