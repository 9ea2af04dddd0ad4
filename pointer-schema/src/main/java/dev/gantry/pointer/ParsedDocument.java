package dev.gantry.pointer;

import java.util.Map;

/**
 * A document read from the repository: its typed value, and where each field sits in the file.
 *
 * @param path file path relative to the repository root
 * @param value the typed document
 * @param positions JSON Pointer ({@code /spec/release}) to the position of that field's value
 */
public record ParsedDocument<T>(String path, T value, Map<String, SourcePosition> positions) {

    /** Creates a parsed document; the positions map is copied. */
    public ParsedDocument {
        positions = Map.copyOf(positions);
    }

    /** Where the value at a JSON Pointer sits, falling back to its nearest parent, then the file start. */
    public SourcePosition positionOf(String pointer) {
        return LocatedTree.nearest(positions, pointer);
    }

    /** A problem at the value of the given JSON Pointer. */
    public Problem problemAt(String pointer, String message) {
        return new Problem(path, positionOf(pointer), message);
    }
}
