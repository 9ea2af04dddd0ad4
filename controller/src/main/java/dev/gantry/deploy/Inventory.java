package dev.gantry.deploy;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a project's last successfully applied release put into the cluster: the set prune compares against.
 *
 * @param key which environment and project
 * @param release the release commit that was applied
 * @param objects the objects it applied, sorted
 */
public record Inventory(InventoryKey key, String release, List<ObjectKey> objects) {

    /** Sorts and de-duplicates the objects. */
    public Inventory {
        objects = List.copyOf(new TreeSet<>(objects));
    }

    /** The objects this inventory holds and {@code next} does not: what prune deletes. */
    public SortedSet<ObjectKey> notIn(Inventory next) {
        SortedSet<ObjectKey> gone = new TreeSet<>(objects);
        next.objects().forEach(gone::remove);
        return gone;
    }
}
