package dev.gantry.deploy.fabric8;

import dev.gantry.deploy.WatchedKind;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.fabric8.kubernetes.client.informers.cache.ItemStore;
import java.util.stream.Stream;

/**
 * An informer's store that keeps each object without what neither drift nor health needs:
 * {@code metadata.managedFields}, often the largest part of a small object, and kubectl's
 * last-applied copy of the whole object. Trimming happens as an object enters the store, before the
 * informer hands it to its handlers, so handlers compare trimmed with trimmed. List items arrive
 * without {@code apiVersion} and {@code kind}; those are filled in from the watched kind.
 */
final class TrimmedItemStore implements ItemStore<GenericKubernetesResource> {

    static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

    private final ItemStore<GenericKubernetesResource> store = new BasicItemStore<>(Cache::metaNamespaceKeyFunc);
    private final WatchedKind kind;

    TrimmedItemStore(WatchedKind kind) {
        this.kind = kind;
    }

    @Override
    public GenericKubernetesResource put(String key, GenericKubernetesResource object) {
        return store.put(key, trim(object));
    }

    /** The object without managed fields and the last-applied annotation, and with its kind; changed in place. */
    GenericKubernetesResource trim(GenericKubernetesResource object) {
        object.setApiVersion(kind.apiVersion());
        object.setKind(kind.kind());
        ObjectMeta metadata = object.getMetadata();
        if (metadata != null) {
            metadata.setManagedFields(null);
            if (metadata.getAnnotations() != null) {
                metadata.getAnnotations().remove(LAST_APPLIED);
            }
        }
        return object;
    }

    @Override
    public String getKey(GenericKubernetesResource object) {
        return store.getKey(object);
    }

    @Override
    public GenericKubernetesResource remove(String key) {
        return store.remove(key);
    }

    @Override
    public Stream<String> keySet() {
        return store.keySet();
    }

    @Override
    public Stream<GenericKubernetesResource> values() {
        return store.values();
    }

    @Override
    public int size() {
        return store.size();
    }

    @Override
    public GenericKubernetesResource get(String key) {
        return store.get(key);
    }
}
