package dev.gantry.release;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OCI manifest of a release artifact: one config, exactly one content layer, artifact type
 * {@code application/vnd.gantry.release.v1}. Written with fixed field order and sorted annotations.
 *
 * @param config the config blob's descriptor
 * @param layer the manifests layer's descriptor
 * @param annotations the manifest annotations
 */
public record ReleaseManifest(ContentDescriptor config, ContentDescriptor layer, Map<String, String> annotations) {

    /** {@code org.opencontainers.image.source}. */
    public static final String SOURCE = "org.opencontainers.image.source";
    /** {@code org.opencontainers.image.revision}: the release commit. */
    public static final String REVISION = "org.opencontainers.image.revision";
    /** {@code org.opencontainers.image.created}: the commit time. */
    public static final String CREATED = "org.opencontainers.image.created";
    /** {@code org.opencontainers.image.title}: {@code repository/project}. */
    public static final String TITLE = "org.opencontainers.image.title";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Sorts and copies the annotations. */
    public ReleaseManifest {
        annotations = Map.copyOf(annotations);
    }

    /** The canonical bytes of this manifest. */
    public byte[] toJson() {
        ObjectNode manifest = JsonNodeFactory.instance.objectNode();
        manifest.put("schemaVersion", 2);
        manifest.put("mediaType", MediaTypes.OCI_MANIFEST);
        manifest.put("artifactType", MediaTypes.RELEASE_ARTIFACT);
        manifest.set("config", descriptor(config));
        manifest.putArray("layers").add(descriptor(layer));
        ObjectNode sorted = manifest.putObject("annotations");
        new TreeMap<>(annotations).forEach(sorted::put);
        return JSON.writeValueAsBytes(manifest);
    }

    /** Reads and checks a release manifest: media types, artifact type, exactly one content layer. */
    public static ReleaseManifest fromJson(byte[] content) {
        JsonNode manifest;
        try {
            manifest = JSON.readTree(content);
        } catch (JacksonException e) {
            throw new ArtifactIntegrityException("the manifest is not JSON: " + e.getOriginalMessage());
        }
        expect(manifest.path("mediaType").stringValue(""), MediaTypes.OCI_MANIFEST, "manifest media type");
        expect(manifest.path("artifactType").stringValue(""), MediaTypes.RELEASE_ARTIFACT, "artifact type");
        ContentDescriptor config = descriptor(manifest.path("config"), "config");
        expect(config.mediaType(), MediaTypes.RELEASE_CONFIG, "config media type");
        if (manifest.path("layers").size() != 1) {
            throw new ArtifactIntegrityException("a release has exactly one layer; this manifest has "
                    + manifest.path("layers").size());
        }
        ContentDescriptor layer = descriptor(manifest.path("layers").get(0), "layer");
        expect(layer.mediaType(), MediaTypes.RELEASE_MANIFESTS, "layer media type");
        Map<String, String> annotations = new TreeMap<>();
        manifest.path("annotations").properties().forEach(e -> annotations.put(e.getKey(), e.getValue().asString()));
        return new ReleaseManifest(config, layer, annotations);
    }

    private static ObjectNode descriptor(ContentDescriptor descriptor) {
        return JsonNodeFactory.instance.objectNode()
                .put("mediaType", descriptor.mediaType())
                .put("digest", descriptor.digest())
                .put("size", descriptor.size());
    }

    private static ContentDescriptor descriptor(JsonNode node, String what) {
        try {
            return new ContentDescriptor(node.path("mediaType").stringValue(""), node.path("digest").stringValue(""),
                    node.path("size").asLong(-1));
        } catch (IllegalArgumentException e) {
            throw new ArtifactIntegrityException("the manifest's " + what + " descriptor is invalid: " + e.getMessage());
        }
    }

    private static void expect(String actual, String expected, String what) {
        if (!expected.equals(actual)) {
            throw new ArtifactIntegrityException("not a Gantry release: " + what + " is '" + actual
                    + "', expected '" + expected + "'");
        }
    }
}
