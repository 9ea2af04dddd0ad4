package dev.gantry.pointer;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Turns a composed YAML node graph into JSON, recording positions and refusing what JSON cannot say. */
final class NodeTreeConverter {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<Tag> CORE_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ);

    private final String path;
    private final int maxNodes;
    private final int maxDepth;
    private final Map<String, SourcePosition> values = new HashMap<>();
    private final Map<String, SourcePosition> keys = new HashMap<>();
    private int nodes;

    NodeTreeConverter(String path, YamlLimits limits) {
        this.path = path;
        this.maxNodes = limits.maxNodes();
        this.maxDepth = limits.maxDepth();
    }

    LocatedTree convert(Node root) {
        JsonNode json = toJson(root, "", 0);
        return new LocatedTree(json, values, keys);
    }

    private JsonNode toJson(Node node, String pointer, int depth) {
        if (++nodes > maxNodes || depth > maxDepth) {
            throw fail(node, "document expands beyond " + maxNodes + " nodes or " + maxDepth
                    + " levels: anchors and aliases are bounded");
        }
        if (!CORE_TAGS.contains(node.getTag())) {
            throw fail(node, "tag " + node.getTag().getValue() + " is not supported: use plain YAML values");
        }
        values.put(pointer, at(node));
        if (node instanceof MappingNode mapping) {
            return object(mapping, pointer, depth);
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = JSON.arrayNode();
            for (Node item : sequence.getValue()) {
                array.add(toJson(item, pointer + "/" + array.size(), depth + 1));
            }
            return array;
        }
        return scalar((ScalarNode) node);
    }

    private ObjectNode object(MappingNode mapping, String pointer, int depth) {
        ObjectNode object = JSON.objectNode();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw fail(tuple.getKeyNode(), "mapping keys must be plain strings");
            }
            String name = key.getValue();
            String child = pointer + "/" + escape(name);
            if (object.has(name)) {
                throw fail(key, "duplicate key '" + name + "': it is already set at line "
                        + keys.get(child).line());
            }
            keys.put(child, at(key));
            object.set(name, toJson(tuple.getValueNode(), child, depth + 1));
        }
        return object;
    }

    private static JsonNode scalar(ScalarNode scalar) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        if (Tag.NULL.equals(tag)) {
            return JSON.nullNode();
        }
        if (Tag.BOOL.equals(tag)) {
            return JSON.booleanNode(Boolean.parseBoolean(text.toLowerCase()));
        }
        if (Tag.INT.equals(tag)) {
            return integer(text);
        }
        if (Tag.FLOAT.equals(tag)) {
            return decimal(text);
        }
        return JSON.stringNode(text);
    }

    /**
     * A YAML float. Values no {@code long} or {@code double} holds exactly (3E42, .inf, .nan) stay
     * text, so the schema reports them as a type error at their place instead of a validator crashing
     * on them; no Gantry field is a fraction.
     */
    private static JsonNode decimal(String text) {
        try {
            double value = Double.parseDouble(text);
            boolean representable = Double.isFinite(value) && Math.abs(value) < 0x1p53;
            return representable ? JSON.numberNode(value) : JSON.stringNode(text);
        } catch (NumberFormatException e) {
            return JSON.stringNode(text);
        }
    }

    private static JsonNode integer(String text) {
        try {
            String digits = text.startsWith("+") ? text.substring(1) : text;
            int radix = 10;
            if (digits.startsWith("0x")) {
                digits = digits.substring(2);
                radix = 16;
            } else if (digits.startsWith("0o")) {
                digits = digits.substring(2);
                radix = 8;
            }
            return JSON.numberNode(new BigInteger(digits, radix));
        } catch (NumberFormatException e) {
            return JSON.stringNode(text);
        }
    }

    private DocumentInvalidException fail(Node node, String message) {
        return new DocumentInvalidException(new Problem(path, at(node), message));
    }

    private static SourcePosition at(Node node) {
        return YamlTreeReader.position(node.getStartMark());
    }

    /** Escapes a member name for use in a JSON Pointer (RFC 6901). */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
