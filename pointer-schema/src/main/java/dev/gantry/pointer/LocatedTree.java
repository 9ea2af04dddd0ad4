package dev.gantry.pointer;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A YAML document turned into a JSON tree, remembering where every key and value came from.
 *
 * @param root the document as JSON
 * @param valuePositions JSON Pointer to the position of the value there
 * @param keyPositions JSON Pointer to the position of the mapping key that introduced it
 */
record LocatedTree(JsonNode root, Map<String, SourcePosition> valuePositions, Map<String, SourcePosition> keyPositions) {

    /** Where the key of a member sits, else its value, else the nearest parent's value. */
    SourcePosition keyOrValue(String pointer) {
        SourcePosition key = keyPositions.get(pointer);
        return key != null ? key : nearestValue(pointer);
    }

    /** Where the value at a pointer sits, falling back to its nearest parent. */
    SourcePosition nearestValue(String pointer) {
        return nearest(valuePositions, pointer);
    }

    /** The position recorded for a pointer or, failing that, its nearest parent, else the file start. */
    static SourcePosition nearest(Map<String, SourcePosition> positions, String pointer) {
        String current = pointer;
        while (!current.isEmpty()) {
            SourcePosition found = positions.get(current);
            if (found != null) {
                return found;
            }
            current = current.substring(0, current.lastIndexOf('/'));
        }
        return positions.getOrDefault("", SourcePosition.START);
    }
}
