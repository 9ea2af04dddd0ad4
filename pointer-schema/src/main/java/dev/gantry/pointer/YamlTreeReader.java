package dev.gantry.pointer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads one bounded YAML document into a {@link LocatedTree}, or fails with a located problem. */
final class YamlTreeReader {

    private final YamlLimits limits;

    YamlTreeReader(YamlLimits limits) {
        this.limits = limits;
    }

    /** Reads the bytes of the file at {@code path}; every failure is a {@link DocumentInvalidException}. */
    LocatedTree read(String path, byte[] bytes) {
        if (bytes.length > limits.maxBytes()) {
            throw new DocumentInvalidException(Problem.atStart(path, "file is " + bytes.length
                    + " bytes; the limit is " + limits.maxBytes() + " bytes (" + limits.maxBytes() / 1024 + " KiB)"));
        }
        String text = decode(path, bytes);
        LoadSettings settings = LoadSettings.builder()
                .setLabel(path)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(limits.maxCollectionAliases())
                .setCodePointLimit(limits.maxBytes())
                .build();
        try {
            checkShape(path, settings, text);
            Node root = new Compose(settings).composeString(text).orElseThrow(
                    () -> new DocumentInvalidException(Problem.atStart(path, "file is empty: expected one YAML document")));
            return new NodeTreeConverter(path, limits).convert(root);
        } catch (MarkedYamlEngineException e) {
            throw new DocumentInvalidException(new Problem(path, position(e.getProblemMark()), describe(e)));
        } catch (YamlEngineException e) {
            throw new DocumentInvalidException(Problem.atStart(path, "invalid YAML: " + firstLine(e.getMessage())));
        }
    }

    /** Counts documents, nesting depth and aliases on the event stream, before anything is built. */
    private void checkShape(String path, LoadSettings settings, String text) {
        int documents = 0;
        int depth = 0;
        int aliases = 0;
        for (Event event : new Parse(settings).parseString(text)) {
            switch (event.getEventId()) {
                case DocumentStart -> {
                    if (++documents > 1) {
                        throw located(path, event, "more than one YAML document: a file holds exactly one (remove the '---' separator)");
                    }
                }
                case MappingStart, SequenceStart -> {
                    if (++depth > limits.maxDepth()) {
                        throw located(path, event, "nesting deeper than " + limits.maxDepth() + " levels");
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                case Alias -> {
                    if (++aliases > limits.maxCollectionAliases()) {
                        throw located(path, event, "more than " + limits.maxCollectionAliases()
                                + " aliases: anchors and aliases are bounded to stop expansion attacks");
                    }
                }
                default -> { }
            }
        }
    }

    private static DocumentInvalidException located(String path, Event event, String message) {
        return new DocumentInvalidException(new Problem(path, position(event.getStartMark()), message));
    }

    static SourcePosition position(Optional<Mark> mark) {
        return mark.map(m -> new SourcePosition(m.getLine() + 1, m.getColumn() + 1)).orElse(SourcePosition.START);
    }

    private static String decode(String path, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new DocumentInvalidException(Problem.atStart(path, "file is not valid UTF-8"));
        }
    }

    private static String describe(MarkedYamlEngineException e) {
        String message = "invalid YAML: " + e.getProblem();
        if (e.getContext() == null) {
            return message;
        }
        SourcePosition context = position(e.getContextMark());
        return message + " " + e.getContext() + " that starts at line " + context.line() + ", column " + context.column();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
