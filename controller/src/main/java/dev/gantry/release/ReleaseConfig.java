package dev.gantry.release;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The release's config blob ({@code application/vnd.gantry.release.config.v1+json}): provenance
 * and the images built for it. Serialised with a fixed field order, so equal configs are equal bytes.
 *
 * @param repository the source repository's name
 * @param project the project
 * @param commit the full source commit SHA
 * @param source the source repository's URL, or null when unknown
 * @param images the images built, in descriptor order
 * @param tool the build tool, {@code gantry}
 * @param toolVersion the build tool's version
 * @param created the commit's time, never the wall clock
 */
public record ReleaseConfig(String repository, String project, String commit, String source,
        List<BuiltImage> images, String tool, String toolVersion, Instant created) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Copies the list so the record stays immutable. */
    public ReleaseConfig {
        images = List.copyOf(images);
    }

    /** The canonical bytes of this config. */
    public byte[] toJson() {
        ObjectNode config = JsonNodeFactory.instance.objectNode();
        config.put("repository", repository);
        config.put("project", project);
        config.put("commit", commit);
        if (source != null) {
            config.put("source", source);
        }
        ArrayNode list = config.putArray("images");
        for (BuiltImage image : images) {
            list.addObject().put("name", image.name()).put("repository", image.repository()).put("digest", image.digest());
        }
        config.putObject("build").put("tool", tool).put("version", toolVersion);
        config.put("created", created.toString());
        return JSON.writeValueAsBytes(config);
    }

    /** Reads a config blob; fields it does not know are ignored, missing ones are errors. */
    public static ReleaseConfig fromJson(byte[] content) {
        JsonNode config = JSON.readTree(content);
        List<BuiltImage> images = new ArrayList<>();
        config.path("images").forEach(image -> images.add(new BuiltImage(image.path("name").stringValue(),
                image.path("repository").stringValue(), image.path("digest").stringValue())));
        return new ReleaseConfig(required(config, "repository"), required(config, "project"),
                required(config, "commit"), config.path("source").stringValue(null), images,
                config.path("build").path("tool").stringValue(null), config.path("build").path("version").stringValue(null),
                Instant.parse(required(config, "created")));
    }

    private static String required(JsonNode config, String field) {
        String value = config.path(field).stringValue(null);
        if (value == null) {
            throw new ArtifactIntegrityException("release config has no '" + field + "'");
        }
        return value;
    }
}
