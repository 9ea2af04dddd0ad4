package dev.gantry.reconcile;

import dev.gantry.render.RenderContext;
import dev.gantry.deploy.ClusterApplier;
import dev.gantry.deploy.GantryLabels;
import dev.gantry.deploy.ObjectKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which environment and project a live object belongs to, by the labels Gantry stamps on what it
 * applies ({@link GantryLabels#ownerOf}), counted only while Gantry's field manager manages the object (labels someone copied by
 * hand make no owner). A release cannot forge them: confinement refuses Gantry's labels in release
 * content, and the renderer overwrites them.
 */
final class Ownership {

    private final ClusterApplier cluster;
    private final RenderContext context;

    Ownership(ClusterApplier cluster, RenderContext context) {
        this.cluster = cluster;
        this.context = context;
    }

    /** Why this project may not take the object, naming both owners; empty when it is free or already this project's. */
    Optional<String> conflict(ObjectKey key) {
        return cluster.read(key).flatMap(Ownership::owner)
                .filter(owner -> !owner.equals(mine()))
                .map(owner -> key + " belongs to " + owner + "; this release is for " + mine());
    }

    /** Whether a live object is this project's to delete: it exists and Gantry applied it for this environment and project. */
    boolean mayDelete(ObjectKey key) {
        return cluster.read(key).flatMap(Ownership::owner).filter(owner -> owner.equals(mine())).isPresent();
    }

    private GantryLabels.Owner mine() {
        return context.owner();
    }

    static Optional<GantryLabels.Owner> owner(Map<String, Object> live) {
        if (!(live.get("metadata") instanceof Map<?, ?> metadata) || !(metadata.get("labels") instanceof Map<?, ?> labels)
                || !managedByGantry(metadata.get("managedFields"))) {
            return Optional.empty();
        }
        return Optional.ofNullable(GantryLabels.ownerOf(labels));
    }

    /** A store without managed fields (the folder target) has no other managers to tell apart. */
    private static boolean managedByGantry(Object managedFields) {
        if (!(managedFields instanceof List<?> entries) || entries.isEmpty()) {
            return true;
        }
        return entries.stream().anyMatch(entry -> entry instanceof Map<?, ?> fields
                && ClusterApplier.FIELD_MANAGER.equals(fields.get("manager")));
    }
}
