package dev.gantry.diff;

import dev.gantry.deploy.ObjectKey;
import java.util.List;

/**
 * How two renderings of a project differ, object by object, in {@link ObjectKey} order.
 *
 * @param changes the objects added, changed or removed
 * @param unchanged how many objects are the same in both
 */
public record ManifestDiff(List<ObjectChange> changes, int unchanged) {

    /** Copies the list so the record stays immutable. */
    public ManifestDiff {
        changes = List.copyOf(changes);
    }

    /** Whether the two renderings are the same. */
    public boolean identical() {
        return changes.isEmpty();
    }

    /** The keys of the objects of one kind of change, in order. */
    public List<ObjectKey> keys(ChangeKind kind) {
        return changes.stream().filter(change -> change.kind() == kind).map(ObjectChange::key).toList();
    }

    /** How many objects had one kind of change. */
    public int count(ChangeKind kind) {
        return keys(kind).size();
    }
}
