package dev.gantry.deploy.fabric8;

import dev.gantry.deploy.GantryLabels;
import dev.gantry.deploy.ManagedObjectChange;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.deploy.UpdateClassifier;
import dev.gantry.deploy.WatchedKind;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Turns one informer's events into {@link ManagedObjectChange}s: an update judged by
 * {@link UpdateClassifier} unless it is a version Gantry's own write left, a delete as drift unless
 * Gantry asked for it; creations are not changes. An update is judged only once no write of Gantry's
 * to the object is under way, since the watch may see a write before its answer arrives.
 */
final class ManagedObjectEvents implements ResourceEventHandler<GenericKubernetesResource> {

    private final WatchedKind kind;
    private final OwnWrites ownWrites;
    private final KubernetesSerialization serialization;
    private final Consumer<ManagedObjectChange> changes;

    ManagedObjectEvents(WatchedKind kind, OwnWrites ownWrites, KubernetesSerialization serialization,
            Consumer<ManagedObjectChange> changes) {
        this.kind = kind;
        this.ownWrites = ownWrites;
        this.serialization = serialization;
        this.changes = changes;
    }

    @Override
    public void onAdd(GenericKubernetesResource object) {
        // a creation, or an object first listed: what Gantry applied, or not yet its concern
    }

    @Override
    public void onUpdate(GenericKubernetesResource before, GenericKubernetesResource after) {
        if (Objects.equals(before.getMetadata().getResourceVersion(), after.getMetadata().getResourceVersion())) {
            return;
        }
        ObjectKey key = keyOf(after);
        ownWrites.whenSettled(key, () -> judge(key, before, after));
    }

    @Override
    public void onDelete(GenericKubernetesResource object, boolean finalStateUnknown) {
        ObjectKey key = keyOf(object);
        if (ownWrites.deletedByGantry(key)) {
            ownWrites.notDeleting(key);
            return;
        }
        report(object, key, ManagedObjectChange.Type.DRIFT);
    }

    private void judge(ObjectKey key, GenericKubernetesResource before, GenericKubernetesResource after) {
        if (ownWrites.claim(key, after.getMetadata().getResourceVersion())
                || after.getMetadata().getDeletionTimestamp() != null && ownWrites.deletedByGantry(key)) {
            return;
        }
        UpdateClassifier.classify(toMap(before), toMap(after)).ifPresent(type -> report(after, key, type));
    }

    private void report(GenericKubernetesResource object, ObjectKey key, ManagedObjectChange.Type type) {
        Map<String, String> labels = object.getMetadata().getLabels();
        GantryLabels.Owner owner = labels == null ? null : GantryLabels.ownerOf(labels);
        if (owner != null) {
            changes.accept(new ManagedObjectChange(owner, key, type));
        }
    }

    private ObjectKey keyOf(GenericKubernetesResource object) {
        return new ObjectKey(kind.apiVersion(), kind.kind(), object.getMetadata().getNamespace(),
                object.getMetadata().getName());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> toMap(GenericKubernetesResource object) {
        return serialization.convertValue(object, Map.class);
    }
}
