package dev.gantry.pointer;

import dev.gantry.pointer.PointerDocument.Location;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** Inserts a missing field, with any missing mappings above it, into the deepest existing mapping on its path. */
final class EntryInsertion {

    private final PointerDocument document;
    private final SourceText source;

    EntryInsertion(PointerDocument document) {
        this.document = document;
        this.source = document.source();
    }

    /** The text with the field added at the end of {@code location}'s mapping, in that mapping's style. */
    String insert(Location location, FieldPath field, ScalarValue value) {
        List<String> missing = field.segments().subList(location.mappingPath().size(), field.size());
        MappingNode mapping = location.mapping();
        return mapping.getFlowStyle() == FlowStyle.FLOW
                ? intoFlow(mapping, missing, value)
                : intoBlock(mapping, missing, value);
    }

    /** Adds {@code , key: value} after the last entry, or {@code key: value} just inside an empty {@code {}}. */
    private String intoFlow(MappingNode mapping, List<String> missing, ScalarValue value) {
        String entry = flowEntry(missing, value);
        if (mapping.getValue().isEmpty()) {
            int inside = source.start(mapping) + 1;
            return source.splice(inside, inside, entry);
        }
        int end = document.entryEnd(PointerDocument.last(mapping.getValue()));
        return source.splice(end, end, ", " + entry);
    }

    private static String flowEntry(List<String> missing, ScalarValue value) {
        String entry = value.renderNew();
        for (int depth = missing.size() - 1; depth >= 0; depth--) {
            entry = missing.get(depth) + ": " + entry;
            if (depth > 0) {
                entry = "{ " + entry + " }";
            }
        }
        return entry;
    }

    /** Adds lines after the line that ends the mapping's last entry, indented like its keys. */
    private String intoBlock(MappingNode mapping, List<String> missing, ScalarValue value) {
        NodeTuple last = PointerDocument.last(mapping.getValue());
        int indent = SourceText.column(last.getKeyNode());
        int step = document.indentStep();
        List<String> lines = new ArrayList<>();
        for (int depth = 0; depth < missing.size(); depth++) {
            String line = " ".repeat(indent + depth * step) + missing.get(depth) + ":";
            lines.add(depth == missing.size() - 1 ? line + " " + value.renderNew() : line);
        }
        return source.insertLines(source.lineEnd(document.entryEnd(last)), lines);
    }
}
