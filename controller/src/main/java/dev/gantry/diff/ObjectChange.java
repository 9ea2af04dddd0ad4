package dev.gantry.diff;

import dev.gantry.deploy.ObjectKey;
import java.util.List;

/**
 * One object that differs between two renderings.
 *
 * @param key the object's apiVersion, kind, namespace and name
 * @param kind added, changed or removed
 * @param unifiedDiff the unified diff of the object's YAML, headers first, one line per element
 */
public record ObjectChange(ObjectKey key, ChangeKind kind, List<String> unifiedDiff) {

    /** Copies the lines so the record stays immutable. */
    public ObjectChange {
        unifiedDiff = List.copyOf(unifiedDiff);
    }
}
