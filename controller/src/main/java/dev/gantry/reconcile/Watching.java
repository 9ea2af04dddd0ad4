package dev.gantry.reconcile;

import dev.gantry.deploy.ManagedObjectWatch;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.deploy.WatchedKind;
import java.util.List;

/**
 * Which kinds the watch follows: those of every release applied, so that drift of any managed
 * object is seen, in every namespace, or in each project's own where the controller's RBAC is
 * namespaced Roles.
 *
 * @param watch the watch
 * @param namespaced watch each kind per namespace rather than cluster-wide
 */
record Watching(ManagedObjectWatch watch, boolean namespaced) {

    /** Follows the kinds of a release's objects; cheap when they are followed already. */
    void follow(List<ObjectKey> objects) {
        if (!objects.isEmpty()) {
            watch.watchKinds(objects.stream().map(key -> namespaced ? WatchedKind.where(key) : WatchedKind.everywhere(key))
                    .distinct().toList());
        }
    }
}
