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

    /** Built once: a settings builder compiles the scalar resolver's patterns, which costs more than a small parse. */
    private static final LoadSettings DEFAULT_SETTINGS = settings(ManifestLimits.DEFAULT);

    private final ManifestLimits limits;
    private final LoadSettings settings;
    private int documents;
    private long nodes;

    /** A reader with {@link ManifestLimits#DEFAULT}. */
    public ManifestYaml() {
        this(ManifestLimits.DEFAULT);
    }

    /** A reader with the given limits. */
    public ManifestYaml(ManifestLimits limits) {
        this.limits = limits;
        this.settings = limits.equals(ManifestLimits.DEFAULT) ? DEFAULT_SETTINGS : settings(limits);
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

    private static LoadSettings settings(ManifestLimits limits) {
        return LoadSettings.builder()
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(Math.max(1, limits.maxAliases()))
                .setCodePointLimit(limits.maxFileBytes())
                .build();
    }
}
