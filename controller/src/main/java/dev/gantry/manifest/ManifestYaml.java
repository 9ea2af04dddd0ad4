package dev.gantry.manifest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads manifest YAML within {@link ManifestLimits}: the one parser for a release's manifests and
 * an environment's patches.
 *
 * <p>Each file's event stream is checked for size, nesting, aliases and documents before a value
 * is built, and each built document is measured as if its aliases were written out before anyone
 * walks it. One instance reads one set of files (a release, or one project's patches) and counts
 * documents and nodes across them; it is not for sharing between threads.
 */
public final class ManifestYaml {

    /** SnakeYAML's default read window, right for the usual small manifest. */
    private static final int SMALL_BUFFER = 1024;
    /**
     * The read window for files over {@value #LARGE_FILE} characters. The scanner holds one whole
     * scalar in its window and copies the window at every refill, so with the default window a
     * single 15 MiB scalar cost minutes of CPU (quadratic); with 1 MiB it takes half a second.
     */
    private static final int LARGE_BUFFER = 1 << 20;
    private static final int LARGE_FILE = 64 << 10;

    /** Built once: a settings builder compiles the scalar resolver's patterns, which costs more than a small parse. */
    private static final LoadSettings DEFAULT_SETTINGS = settings(ManifestLimits.DEFAULT, SMALL_BUFFER);
    private static final LoadSettings DEFAULT_LARGE_SETTINGS = settings(ManifestLimits.DEFAULT, LARGE_BUFFER);

    private final ManifestLimits limits;
    private final LoadSettings settings;
    private final LoadSettings largeSettings;
    private int documents;
    private long nodes;

    /** A reader with {@link ManifestLimits#DEFAULT}. */
    public ManifestYaml() {
        this(ManifestLimits.DEFAULT);
    }

    /** A reader with the given limits. */
    public ManifestYaml(ManifestLimits limits) {
        this.limits = limits;
        boolean standard = limits.equals(ManifestLimits.DEFAULT);
        this.settings = standard ? DEFAULT_SETTINGS : settings(limits, SMALL_BUFFER);
        this.largeSettings = standard ? DEFAULT_LARGE_SETTINGS : settings(limits, LARGE_BUFFER);
    }

    /** The limits this reader holds files to. */
    public ManifestLimits limits() {
        return limits;
    }

    /**
     * Reads every document of one file, counting them against this reader's totals.
     *
     * @param path the file's path, used in refusals
     * @param content the file's bytes, UTF-8
     * @return each document in file order: maps, lists and scalars as YAML's core schema reads
     *     them; null for an empty document
     * @throws ManifestInvalidException when the file is not YAML or passes a limit; the message
     *     starts with {@code path}
     */
    public List<Object> documents(String path, byte[] content) {
        if (content.length > limits.maxFileBytes()) {
            throw refused(path, 1, 1, "file is " + content.length + " bytes; the limit is " + limits.maxFileBytes() + " bytes");
        }
        String text = decode(path, content);
        LoadSettings settings = text.length() > LARGE_FILE ? largeSettings : this.settings;
        try {
            List<Integer> starts = new EventShape(path, limits).check(new Parse(settings).parseString(text), documents);
            documents += starts.size();
            List<Object> loaded = new ArrayList<>();
            for (Object document : new Load(settings).loadAllFromString(text)) {
                nodes = new ExpandedSize(path, lineOf(starts, loaded.size()), limits).measure(document, nodes);
                loaded.add(document);
            }
            return loaded;
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark();
            throw refused(path, mark.map(m -> m.getLine() + 1).orElse(1), mark.map(m -> m.getColumn() + 1).orElse(1),
                    "invalid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw refused(path, 1, 1, "invalid YAML: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    private static int lineOf(List<Integer> starts, int index) {
        return index < starts.size() ? starts.get(index) : 1;
    }

    static ManifestInvalidException refused(String path, int line, int column, String problem) {
        return new ManifestInvalidException(path + ":" + line + ":" + column + ": " + problem);
    }

    private static String decode(String path, byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw refused(path, 1, 1, "file is not valid UTF-8");
        }
    }

    private static LoadSettings settings(ManifestLimits limits, int buffer) {
        return LoadSettings.builder()
                .setBufferSize(buffer)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(Math.max(1, limits.maxAliases()))
                .setCodePointLimit(limits.maxFileBytes())
                .build();
    }
}
