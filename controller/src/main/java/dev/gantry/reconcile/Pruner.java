package dev.gantry.reconcile;

import dev.gantry.render.Confinement;
import dev.gantry.render.RenderContext;
import dev.gantry.deploy.ClusterApplier;
import dev.gantry.deploy.ObjectKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Deletes what a project's inventory lists and its new release does not, in reverse apply order,
 * held to the fence an apply is held to: an object outside the environment's namespace or of a
 * cluster-scoped kind the environment does not allow is left, and so is one that Gantry's labels
 * say belongs to another project or environment, or that is gone already.
 */
final class Pruner {

    private final ClusterApplier cluster;
    private final RenderContext context;

    Pruner(ClusterApplier cluster, RenderContext context) {
        this.cluster = cluster;
        this.context = context;
    }

    /** Deletes what may be deleted of {@code gone}. */
    Result prune(List<ObjectKey> gone) {
        List<ObjectKey> reversed = new ArrayList<>(gone);
        Collections.reverse(reversed);
        Ownership ownership = new Ownership(cluster, context);
        List<ObjectKey> deleted = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (ObjectKey key : reversed) {
            Optional<String> outside = Confinement.violation(key, context);
            if (outside.isPresent()) {
                left.add(outside.get());
            } else if (!ownership.mayDelete(key)) {
                left.add(key + " is not " + context.project() + "'s in environment "
                        + context.environment().name() + " (gone, or labelled as another project's)");
            } else {
                cluster.delete(key);
                deleted.add(key);
            }
        }
        Collections.reverse(deleted);
        return new Result(deleted, left);
    }

    /**
     * What a prune did.
     *
     * @param deleted the objects deleted, in inventory order
     * @param left why each object that was not deleted was left
     */
    record Result(List<ObjectKey> deleted, List<String> left) {

        /** The message's tail naming what was left, empty when nothing was. */
        String leftNote() {
            return left.isEmpty() ? "" : "; left " + left.size() + " in place: " + String.join("; ", left);
        }
    }
}
