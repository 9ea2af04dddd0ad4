package dev.gantry.deploy.fabric8;

import dev.gantry.deploy.GantryLabels;
import dev.gantry.deploy.ManagedObjectChange;
import dev.gantry.deploy.ManagedObjectWatch;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.deploy.WatchedKind;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Informable;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watch port on Fabric8's shared informers: one informer per watched kind (and namespace),
 * selecting {@code app.kubernetes.io/managed-by=gantry}, caching trimmed objects
 * ({@link TrimmedItemStore}) and reporting changes through {@link ManagedObjectEvents}. It never
 * resyncs on its own: the controller's periodic resync stays the safety net.
 *
 * <p>An informer whose first list fails (the kind was removed, or RBAC does not allow list and
 * watch there) is stopped and forgotten, so the next {@link #watchKinds} tries again; once listed,
 * an informer re-establishes its own watch.
 */
public final class Fabric8ManagedObjectWatch implements ManagedObjectWatch {

    private static final Logger LOG = LoggerFactory.getLogger(Fabric8ManagedObjectWatch.class);

    /** How long closing waits for the informers' watches to end, so the client is not closed under them. */
    private static final Duration STOPPING = Duration.ofSeconds(5);

    private final KubernetesClient client;
    private final ApiDiscovery discovery;
    private final OwnWrites ownWrites;
    private final KubernetesSerialization serialization;
    private final List<Consumer<ManagedObjectChange>> listeners = new CopyOnWriteArrayList<>();
    private final Map<WatchedKind, SharedIndexInformer<GenericKubernetesResource>> informers = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** Watches with the given client, telling Gantry's own writes from {@code ownWrites}; the caller closes the client. */
    Fabric8ManagedObjectWatch(KubernetesClient client, ApiDiscovery discovery, OwnWrites ownWrites) {
        this.client = client;
        this.discovery = discovery;
        this.ownWrites = ownWrites;
        this.serialization = client.getKubernetesSerialization();
    }

    @Override
    public void watchKinds(Collection<WatchedKind> kinds) {
        for (WatchedKind kind : kinds) {
            if (closed || informers.containsKey(kind)) {
                continue;
            }
            discovery.resolve(kind.apiVersion(), kind.kind())
                    .ifPresent(type -> informers.computeIfAbsent(kind, any -> start(kind, type)));
        }
    }

    @Override
    public void addListener(Consumer<ManagedObjectChange> listener) {
        listeners.add(listener);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> cached(ObjectKey key) {
        return informerFor(key)
                .map(informer -> informer.getStore().getByKey(Cache.namespaceKeyFunc(key.namespace(), key.name())))
                .map(object -> (Map<String, Object>) serialization.convertValue(object, Map.class));
    }

    @Override
    public boolean covers(ObjectKey key) {
        return informerFor(key).isPresent();
    }

    @Override
    public void close() {
        closed = true;
        List<CompletableFuture<Void>> stopped = informers.values().stream()
                .map(informer -> {
                    informer.stop();
                    return informer.stopped().toCompletableFuture();
                })
                .toList();
        informers.clear();
        try {
            CompletableFuture.allOf(stopped.toArray(CompletableFuture[]::new)).get(STOPPING.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("Not every watch had stopped within {}", STOPPING, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A synced informer whose cache holds the object if it exists. */
    private Optional<SharedIndexInformer<GenericKubernetesResource>> informerFor(ObjectKey key) {
        return Stream.of(new WatchedKind(key.apiVersion(), key.kind(), null), WatchedKind.where(key))
                .map(informers::get)
                .filter(informer -> informer != null && informer.hasSynced())
                .findFirst();
    }

    private SharedIndexInformer<GenericKubernetesResource> start(WatchedKind kind, ResourceDefinitionContext type) {
        SharedIndexInformer<GenericKubernetesResource> informer = source(kind, type).runnableInformer(0);
        informer.itemStore(new TrimmedItemStore(kind));
        informer.exceptionHandler((listed, failure) -> listed);
        informer.addEventHandler(new ManagedObjectEvents(kind, ownWrites, serialization, this::deliver));
        informer.start().whenComplete((listed, failure) -> {
            if (failure != null) {
                LOG.warn("Could not watch {}; trying again when next asked: {}", describe(kind), failure.getMessage());
                informers.remove(kind, informer);
                informer.stop();
            }
        });
        return informer;
    }

    private Informable<GenericKubernetesResource> source(WatchedKind kind, ResourceDefinitionContext type) {
        var all = client.genericKubernetesResources(type);
        return kind.namespace() != null && type.isNamespaceScoped()
                ? all.inNamespace(kind.namespace()).withLabel(GantryLabels.MANAGED_BY, GantryLabels.GANTRY)
                : all.inAnyNamespace().withLabel(GantryLabels.MANAGED_BY, GantryLabels.GANTRY);
    }

    private void deliver(ManagedObjectChange change) {
        for (Consumer<ManagedObjectChange> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                LOG.warn("A listener failed on {} of {}", change.type(), change.key(), e);
            }
        }
    }

    private static String describe(WatchedKind kind) {
        return kind.kind() + " (" + kind.apiVersion() + ") in " + (kind.namespace() == null
                ? "every namespace" : "namespace " + kind.namespace());
    }
}
