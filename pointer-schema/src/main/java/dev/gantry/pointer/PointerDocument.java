package dev.gantry.pointer;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** A pointer's text composed into nodes with marks, so that each field can be found as a span of the text. */
final class PointerDocument {

    private static final int DEFAULT_INDENT_STEP = 2;

    private final String path;
    private final SourceText source;
    private final MappingNode root;

    private PointerDocument(String path, SourceText source, MappingNode root) {
        this.path = path;
        this.source = source;
        this.root = root;
    }

    /**
     * Composes the text, which must hold exactly one YAML document whose root is a mapping, without
     * anchors or aliases (an alias's marks point at its anchor, so its span cannot be edited).
     *
     * @throws DocumentInvalidException naming the line and column of whatever is wrong
     */
    static PointerDocument parse(String path, String text) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(path)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .build();
        try {
            Iterator<Node> documents = new Compose(settings).composeAllFromString(text).iterator();
            if (!documents.hasNext()) {
                throw new DocumentInvalidException(Problem.atStart(path, "file is empty: expected one YAML mapping document"));
            }
            Node root = documents.next();
            if (documents.hasNext()) {
                throw invalid(path, documents.next(), "more than one YAML document: a pointer file holds exactly one");
            }
            if (!(root instanceof MappingNode mapping)) {
                throw invalid(path, root, "the document is " + describe(root) + ": expected a mapping of fields");
            }
            rejectAnchors(path, root);
            return new PointerDocument(path, new SourceText(text), mapping);
        } catch (MarkedYamlEngineException e) {
            throw new DocumentInvalidException(new Problem(path, YamlTreeReader.position(e.getProblemMark()),
                    "invalid YAML: " + e.getProblem()));
        } catch (YamlEngineException e) {
            throw new DocumentInvalidException(Problem.atStart(path, "invalid YAML: " + e.getMessage()));
        }
    }

    /** Parses text this writer produced; failing here is a bug in the writer, not in the input. */
    PointerDocument reparse(String text) {
        try {
            return parse(path, text);
        } catch (DocumentInvalidException e) {
            throw new IllegalStateException("editing " + path + " produced text that no longer parses; "
                    + "this is a bug in PointerWriter: " + e.getMessage(), e);
        }
    }

    private static void rejectAnchors(String path, Node node) {
        if (node.getAnchor().isPresent()) {
            throw invalid(path, node, "anchor &" + node.getAnchor().get() + " is not supported when editing a pointer: "
                    + "write the value out in full");
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                rejectAnchors(path, tuple.getKeyNode());
                rejectAnchors(path, tuple.getValueNode());
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> rejectAnchors(path, item));
        }
    }

    String path() {
        return path;
    }

    SourceText source() {
        return source;
    }

    /**
     * Finds a field, or the deepest existing mapping on its path when it is missing.
     *
     * @throws DocumentInvalidException when a mapping on the path is something else
     */
    Location locate(FieldPath field, String action) {
        MappingNode mapping = root;
        for (int depth = 0; ; depth++) {
            NodeTuple entry = entry(mapping, field.segments().get(depth));
            if (entry == null || depth == field.size() - 1) {
                return new Location(field.prefix(depth), mapping, entry);
            }
            if (!(entry.getValueNode() instanceof MappingNode next)) {
                throw fail(entry.getValueNode(), "cannot " + action + " " + field + ": " + field.prefix(depth + 1)
                        + " is " + describe(entry.getValueNode()) + ", not a mapping");
            }
            mapping = next;
        }
    }

    /** The value node of a field, if the field exists. */
    Optional<Node> valueAt(FieldPath field) {
        Node current = root;
        for (String key : field.segments()) {
            NodeTuple entry = current instanceof MappingNode mapping ? entry(mapping, key) : null;
            if (entry == null) {
                return Optional.empty();
            }
            current = entry.getValueNode();
        }
        return Optional.of(current);
    }

    private static NodeTuple entry(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                return tuple;
            }
        }
        return null;
    }

    /** The char offset just after an entry's last meaningful character, before any comment or blank line. */
    int entryEnd(NodeTuple entry) {
        return Math.max(source.end(entry.getKeyNode()), contentEnd(entry.getValueNode()));
    }

    private int contentEnd(Node node) {
        if (node instanceof CollectionNode<?> collection && collection.getFlowStyle() == FlowStyle.BLOCK) {
            if (node instanceof MappingNode mapping && !mapping.getValue().isEmpty()) {
                return entryEnd(last(mapping.getValue()));
            }
            if (node instanceof SequenceNode sequence && !sequence.getValue().isEmpty()) {
                return contentEnd(last(sequence.getValue()));
            }
        }
        return source.trimBack(source.start(node), source.end(node));
    }

    /** How far nested block mappings are indented: the first nested mapping's indent, or two spaces. */
    int indentStep() {
        for (NodeTuple tuple : root.getValue()) {
            if (tuple.getValueNode() instanceof MappingNode nested && nested.getFlowStyle() == FlowStyle.BLOCK
                    && !nested.getValue().isEmpty()) {
                int step = SourceText.column(nested.getValue().get(0).getKeyNode()) - SourceText.column(tuple.getKeyNode());
                return step > 0 ? step : DEFAULT_INDENT_STEP;
            }
        }
        return DEFAULT_INDENT_STEP;
    }

    static <T> T last(List<T> items) {
        return items.get(items.size() - 1);
    }

    /** A problem at a node, naming its line and column. */
    DocumentInvalidException fail(Node node, String message) {
        return invalid(path, node, message);
    }

    private static DocumentInvalidException invalid(String path, Node node, String message) {
        return new DocumentInvalidException(new Problem(path, YamlTreeReader.position(node.getStartMark()), message));
    }

    /** A short description of what a node holds, for messages. */
    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a sequence";
        }
        ScalarNode scalar = (ScalarNode) node;
        return scalar.getValue().isEmpty() && scalar.isPlain() ? "empty" : "a scalar";
    }

    /**
     * Where a field is, or where it would go.
     *
     * @param mappingPath path of {@code mapping}
     * @param mapping the mapping that holds the field, or the deepest existing mapping on its path
     * @param entry the field's entry in {@code mapping}, or null when the field is missing
     */
    record Location(FieldPath mappingPath, MappingNode mapping, NodeTuple entry) {

        boolean found() {
            return entry != null;
        }
    }
}
