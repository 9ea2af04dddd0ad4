package dev.gantry.pointer;

import dev.gantry.pointer.PointerDocument.Location;
import java.util.List;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** Deletes one entry of a mapping: its whole lines in a block mapping, the entry and one comma in a flow mapping. */
final class EntryRemoval {

    private final PointerDocument document;
    private final SourceText source;

    EntryRemoval(PointerDocument document) {
        this.document = document;
        this.source = document.source();
    }

    /** The text without {@code location}'s entry, whose mapping must keep at least one other entry. */
    String remove(FieldPath field, Location location) {
        return location.mapping().getFlowStyle() == FlowStyle.FLOW
                ? fromFlow(location.mapping().getValue(), location.entry())
                : fromBlock(field, location.entry());
    }

    /** From the key line's start through the line break after the value, trailing comment included. */
    private String fromBlock(FieldPath field, NodeTuple entry) {
        int keyStart = source.start(entry.getKeyNode());
        int start = source.lineStart(keyStart);
        if (!source.blankBetween(start, keyStart)) {
            throw document.fail(entry.getKeyNode(), "cannot remove " + field
                    + ": its key does not start its line; edit it by hand");
        }
        int end = source.lineEnd(document.entryEnd(entry));
        if (end == source.text().length() && !source.endsWithLineBreak() && start > 0) {
            start = source.breakBefore(start);
        }
        return source.splice(start, end, "");
    }

    /** From the key up to the next key; for the last entry, from the end of the previous one. */
    private String fromFlow(List<NodeTuple> entries, NodeTuple entry) {
        int index = indexOf(entries, entry);
        if (index < entries.size() - 1) {
            return source.splice(source.start(entry.getKeyNode()), source.start(entries.get(index + 1).getKeyNode()), "");
        }
        return source.splice(document.entryEnd(entries.get(index - 1)), document.entryEnd(entry), "");
    }

    private static int indexOf(List<NodeTuple> entries, NodeTuple entry) {
        for (int index = 0; index < entries.size(); index++) {
            if (entries.get(index) == entry) {
                return index;
            }
        }
        throw new IllegalArgumentException("entry is not in its mapping");
    }
}
