package dev.gantry.pointer;

import dev.gantry.pointer.PointerDocument.Location;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Applies one field change to a pointer document as a splice of its text, leaving every other byte alone. */
final class FieldEditor {

    private final PointerDocument document;
    private final SourceText source;

    FieldEditor(PointerDocument document) {
        this.document = document;
        this.source = document.source();
    }

    /** The text with the field set: its scalar's span replaced in place, or new lines or entries inserted. */
    String set(FieldPath field, ScalarValue value) {
        Location location = document.locate(field, "set");
        if (!location.found()) {
            return new EntryInsertion(document).insert(location, field, value);
        }
        return replaceScalar(field, location.entry(), value);
    }

    /**
     * The text without the field; unchanged when the field is missing. Removing the last field of a
     * nested mapping removes the mapping's own field, so no empty {@code key:} is left behind.
     */
    String remove(FieldPath field) {
        Location location = document.locate(field, "remove");
        if (!location.found()) {
            return source.text();
        }
        if (location.mapping().getValue().size() == 1) {
            if (location.mappingPath().isRoot()) {
                throw document.fail(location.entry().getKeyNode(),
                        "cannot remove " + field + ": it is the document's only field");
            }
            return remove(location.mappingPath());
        }
        return new EntryRemoval(document).remove(field, location);
    }

    private String replaceScalar(FieldPath field, NodeTuple entry, ScalarValue value) {
        Node node = entry.getValueNode();
        if (!(node instanceof ScalarNode scalar)) {
            throw document.fail(node, "cannot set " + field + " to a single value: it holds "
                    + PointerDocument.describe(node) + "; remove it first");
        }
        ScalarStyle style = scalar.getScalarStyle();
        if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
            throw document.fail(node, "cannot set " + field + ": it is a block scalar ('|' or '>'); "
                    + "remove it first or edit it by hand");
        }
        int start = source.start(node);
        int end = source.end(node);
        if (start < end && source.text().charAt(start) == '!') {
            throw document.fail(node, "cannot set " + field + ": it has an explicit tag; edit it by hand");
        }
        String replacement = value.render(style);
        if (start == end && start > 0 && source.text().charAt(start - 1) == ':') {
            replacement = " " + replacement;
        }
        return source.splice(start, end, replacement);
    }
}
