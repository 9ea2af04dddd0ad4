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
        String current = pointer;
        while (!current.isEmpty()) {
            SourcePosition found = valuePositions.get(current);
            if (found != null) {
                return found;
            }
            current = current.substring(0, current.lastIndexOf('/'));
        }
        return valuePositions.getOrDefault("", SourcePosition.START);
    }
}
