package dev.gantry.pointer;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Turns a JSON Schema validation error into a located problem with a message a person can act on. */
final class SchemaErrorTranslator {

    private final FieldIndex fields;

    SchemaErrorTranslator(FieldIndex fields) {
        this.fields = fields;
    }

    Problem translate(Error error, String path, LocatedTree tree) {
        String pointer = pointer(error.getInstanceLocation());
        return switch (error.getKeyword()) {
            case "additionalProperties" -> unknownField(error.getProperty(), pointer, path, tree);
            case "required" -> new Problem(path, tree.nearestValue(pointer),
                    where(pointer) + "missing required field '" + error.getProperty() + "'");
            default -> new Problem(path, tree.nearestValue(pointer), label(pointer) + ": " + message(error));
        };
    }

    private Problem unknownField(String name, String pointer, String path, LocatedTree tree) {
        String member = pointer + "/" + NodeTreeConverter.escape(name);
        List<String> allowed = fields.fieldsAt(pointer);
        StringBuilder message = new StringBuilder(where(pointer)).append("unknown field '").append(name).append('\'');
        FieldSuggestion.closest(name, allowed).ifPresent(s -> message.append(" (did you mean '").append(s).append("'?)"));
        if (!allowed.isEmpty()) {
            message.append("; expected one of: ").append(String.join(", ", allowed));
        }
        return new Problem(path, tree.keyOrValue(member), message.toString());
    }

    private static String message(Error error) {
        if (error.isCustomMessage()) {
            return stripLocation(error.getMessage());
        }
        JsonNode schemaValue = error.getSchemaNode();
        return switch (error.getKeyword()) {
            case "const" -> "must be '" + text(schemaValue) + "'";
            case "type" -> "must be " + typeName(text(schemaValue)) + ", not " + describe(error.getInstanceNode());
            case "enum" -> "must be one of " + schemaValue;
            default -> stripLocation(error.getMessage());
        };
    }

    /** Networknt messages start with the instance location; the problem already says where. */
    private static String stripLocation(String message) {
        int colon = message.indexOf(": ");
        return message.startsWith("$") || message.startsWith("/") || message.startsWith(":")
                ? message.substring(colon + 2) : message;
    }

    private static String text(JsonNode node) {
        return node == null ? "?" : node.isString() ? node.stringValue() : node.toString();
    }

    private static String typeName(String type) {
        return switch (type) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "string" -> "a string";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            default -> type;
        };
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isNull()) {
            return "empty";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isNumber()) {
            return "a number (quote it to make it a string)";
        }
        if (node.isBoolean()) {
            return node + " (quote it to make it a string)";
        }
        return "'" + node.stringValue() + "'";
    }

    private static String where(String pointer) {
        return pointer.isEmpty() ? "" : label(pointer) + ": ";
    }

    /** {@code /spec/approval/approvers/0} becomes {@code spec.approval.approvers[0]}. */
    static String label(String pointer) {
        if (pointer.isEmpty()) {
            return "document";
        }
        StringBuilder label = new StringBuilder();
        for (String segment : pointer.substring(1).split("/", -1)) {
            if (segment.matches("[0-9]+")) {
                label.append('[').append(segment).append(']');
            } else {
                label.append(label.isEmpty() ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return label.toString();
    }

    /** The JSON Pointer of a networknt node path. */
    static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer.append('/').append(element instanceof Integer ? element.toString()
                    : NodeTreeConverter.escape(String.valueOf(element)));
        }
        return pointer.toString();
    }
}
