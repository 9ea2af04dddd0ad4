package dev.gantry.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * One live object under {@code health/}, named by outcome: the first hyphen-separated part of the file
 * name that names a {@link HealthStatus} is the expected status ({@code deployment-progressing-...},
 * {@code service-loadbalancer-progressing}), and a leading {@code # expect: ...} line is the expected message fragment.
 *
 * @param name the file name
 * @param key the object's key, from its own apiVersion, kind and metadata
 * @param live the object as maps
 * @param status the expected status
 * @param message the expected message fragment
 */
record HealthFixture(String name, ObjectKey key, Map<String, Object> live, HealthStatus status, String message) {

    private static final String EXPECT = "# expect:";

    /** Reads one fixture file; a fixture that does not say what it expects fails here, naming the file. */
    static HealthFixture read(Path file) {
        String name = file.getFileName().toString();
        String text = readString(file);
        if (!text.startsWith(EXPECT)) {
            throw new IllegalArgumentException(name + ": must start with '" + EXPECT + " <message fragment>'");
        }
        String message = text.lines().findFirst().orElseThrow().substring(EXPECT.length()).strip();
        @SuppressWarnings("unchecked")
        Map<String, Object> live = (Map<String, Object>) new Load(LoadSettings.builder().setLabel(name).build()).loadFromString(text);
        return new HealthFixture(name, keyOf(live), live, statusNamedBy(name), message);
    }

    @Override
    public String toString() {
        return name;
    }

    private static HealthStatus statusNamedBy(String name) {
        return Arrays.stream(name.replaceFirst("\\.yaml$", "").split("-"))
                .flatMap(part -> Arrays.stream(HealthStatus.values()).filter(s -> s.name().equals(part.toUpperCase(Locale.ROOT))))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + ": the file name names no health status"));
    }

    private static ObjectKey keyOf(Map<String, Object> live) {
        Map<?, ?> metadata = (Map<?, ?>) live.get("metadata");
        return new ObjectKey((String) live.get("apiVersion"), (String) live.get("kind"),
                (String) metadata.get("namespace"), (String) metadata.get("name"));
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
