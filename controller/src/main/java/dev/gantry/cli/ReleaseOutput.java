package dev.gantry.cli;

import dev.gantry.release.BuildResult;
import dev.gantry.release.BuiltImage;
import dev.gantry.release.FetchedRelease;
import dev.gantry.release.PublishedRelease;
import dev.gantry.source.UrlRedactor;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Prints release results for people (text) and machines (json). */
final class ReleaseOutput {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReleaseOutput() {
    }

    static void printBuild(BuildResult result, OutputFormat format, PrintWriter out, PrintWriter err) {
        if (format == OutputFormat.JSON) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("reference", result.release().reference().toString());
            json.put("digest", result.release().manifest().digest());
            json.put("outcome", result.release().outcome().name().toLowerCase());
            json.put("images", images(result.images()));
            json.put("manifestFiles", result.manifestFiles());
            json.put("layerBytes", result.layerBytes());
            json.put("uploadedBytes", result.release().uploadedBytes());
            Map<String, Long> timings = new LinkedHashMap<>();
            result.timings().forEach((phase, duration) -> timings.put(phase, duration.toMillis()));
            json.put("timingsMillis", timings);
            out.println(JSON.writeValueAsString(json));
            return;
        }
        err.println(result.release().outcome() == PublishedRelease.Outcome.CREATED
                ? "release built" : "release already exists with the same digest; unchanged");
        out.println(result.release().reference());
    }

    static void printInspect(FetchedRelease release, OutputFormat format, PrintWriter out) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reference", release.reference().toString());
        json.put("digest", release.manifestDigest());
        json.put("repository", release.config().repository());
        json.put("project", release.config().project());
        json.put("commit", release.config().commit());
        json.put("source", release.config().source() == null ? null : UrlRedactor.redact(release.config().source()));
        json.put("created", release.config().created().toString());
        json.put("build", release.config().tool() + " " + release.config().toolVersion());
        json.put("images", images(release.config().images()));
        json.put("layer", Map.of("mediaType", release.manifest().layer().mediaType(),
                "digest", release.manifest().layer().digest(), "size", release.manifest().layer().size()));
        json.put("annotations", release.manifest().annotations());
        if (format == OutputFormat.JSON) {
            out.println(JSON.writeValueAsString(json));
            return;
        }
        json.forEach((key, value) -> {
            if (!(value instanceof List<?>) && !(value instanceof Map<?, ?>)) {
                out.printf("%-11s %s%n", key + ":", value);
            }
        });
        out.println("images:");
        release.config().images().forEach(image -> out.println("  " + image.name() + "  " + image.pinnedReference()));
        out.printf("layer:      %s %s (%d bytes)%n", release.manifest().layer().mediaType(),
                release.manifest().layer().digest(), release.manifest().layer().size());
    }

    private static List<Map<String, String>> images(List<BuiltImage> images) {
        return images.stream().map(image -> Map.of("name", image.name(), "reference", image.pinnedReference(),
                "digest", image.digest())).toList();
    }
}
