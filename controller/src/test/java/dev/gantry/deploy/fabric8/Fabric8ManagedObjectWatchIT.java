package dev.gantry.deploy.fabric8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gantry.deploy.AppliedObject;
import dev.gantry.deploy.GantryLabels;
import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ManagedObjectChange;
import dev.gantry.deploy.ManagedObjectChange.Type;
import dev.gantry.deploy.ManagedObjectWatch;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.deploy.WatchedKind;
import dev.gantry.testing.cluster.RealApiServer;
import dev.gantry.testing.cluster.WithRealApiServer;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The watch end to end on a real API server, through {@link Fabric8Connection} as the controller
 * gets it: someone else's edit or delete of a managed object is drift for its owner, Gantry's own
 * applies and deletes are not, a status the controllers write is a status change, unlabelled
 * objects are not watched, and the cache serves the live object. Where a test asserts that
 * nothing was reported, it then edits a sentinel of the same kind and waits for that drift: one
 * informer delivers in order, so anything reported about the first object would have come first.
 */
@WithRealApiServer
class Fabric8ManagedObjectWatchIT {

    private static final GantryLabels.Owner OWNER = new GantryLabels.Owner("staging", "platform", "web");
    private static final Duration DRIFT_WITHIN = Duration.ofSeconds(2);

    private final List<ManagedObjectChange> changes = new CopyOnWriteArrayList<>();
    private KubernetesClient someoneElse;
    private Fabric8Connection connection;
    private String namespace;

    @BeforeEach
    void connectAndWatchConfigMapsAndDeployments(RealApiServer server) {
        someoneElse = Fabric8Clients.fromKubeconfig(server.kubeconfig());
        namespace = "gantry-watch-" + UUID.randomUUID().toString().substring(0, 8);
        someoneElse.resource(new NamespaceBuilder().withNewMetadata().withName(namespace)
                .addToLabels("app.kubernetes.io/created-by", "gantry-it").endMetadata().build()).create();
        connection = Fabric8Connection.open(server.kubeconfig());
        watch().addListener(changes::add);
        watch().watchKinds(List.of(WatchedKind.everywhere(configMap("any")), WatchedKind.where(deployment())));
        await().atMost(Duration.ofSeconds(30)).until(() -> watch().covers(configMap("any")) && watch().covers(deployment()));
    }

    @AfterEach
    void closeAndRemoveTheNamespace() {
        if (connection != null) {
            connection.close();
        }
        if (someoneElse != null) {
            someoneElse.namespaces().withName(namespace).withPropagationPolicy(DeletionPropagation.BACKGROUND).delete();
            someoneElse.close();
        }
    }

    @Test
    void reportsAnotherManagersEditAsDriftOfItsOwnerWithinTwoSeconds() {
        apply(configMapObject("web-config", "blue"));
        long edited = System.nanoTime();

        someoneElse.configMaps().inNamespace(namespace).withName("web-config")
                .edit(live -> new ConfigMapBuilder(live).addToData("colour", "red").build());

        await().atMost(DRIFT_WITHIN).until(() -> reported(configMap("web-config"), Type.DRIFT));
        System.out.printf("[watch] drift of an edited ConfigMap reported after %d ms%n",
                Duration.ofNanos(System.nanoTime() - edited).toMillis());
        assertThat(changes).contains(new ManagedObjectChange(OWNER, configMap("web-config"), Type.DRIFT));
    }

    @Test
    void doesNotReportGantrysOwnReapplyAsDrift() {
        apply(configMapObject("web-config", "blue"));

        apply(configMapObject("web-config", "green"));

        assertNothingReportedAbout(configMap("web-config"));
    }

    @Test
    void reportsTheStatusTheControllersWriteAsStatusNotDrift() {
        apply(new KubernetesObject(deployment(), deploymentContent(1)));

        await().atMost(Duration.ofSeconds(30)).until(() -> reported(deployment(), Type.STATUS));
        apply(new KubernetesObject(deployment(), deploymentContent(2)));

        await().atMost(Duration.ofSeconds(30)).until(() -> watch().cached(deployment())
                .map(live -> ((Map<?, ?>) live.get("status")).get("replicas")).filter(Integer.valueOf(2)::equals).isPresent());
        assertThat(changes).filteredOn(change -> change.key().equals(deployment()))
                .extracting(ManagedObjectChange::type).containsOnly(Type.STATUS);
    }

    @Test
    void reportsSomeoneElsesDeleteAsDriftButNotGantrysPrune() {
        apply(configMapObject("deleted-by-someone", "blue"));
        apply(configMapObject("pruned-by-gantry", "blue"));

        connection.applier().delete(configMap("pruned-by-gantry"));
        someoneElse.configMaps().inNamespace(namespace).withName("deleted-by-someone").delete();

        await().atMost(DRIFT_WITHIN).until(() -> reported(configMap("deleted-by-someone"), Type.DRIFT));
        assertNothingReportedAbout(configMap("pruned-by-gantry"));
    }

    @Test
    void ignoresObjectsWithoutGantrysLabels() {
        someoneElse.resource(new ConfigMapBuilder().withNewMetadata().withName("not-ours").withNamespace(namespace)
                .endMetadata().addToData("colour", "blue").build()).create();

        someoneElse.configMaps().inNamespace(namespace).withName("not-ours")
                .edit(live -> new ConfigMapBuilder(live).addToData("colour", "red").build());

        assertNothingReportedAbout(configMap("not-ours"));
        assertThat(watch().cached(configMap("not-ours"))).isEmpty();
    }

    @Test
    void servesTheLiveObjectFromItsCacheWithoutManagedFields() {
        AppliedObject applied = apply(configMapObject("web-config", "blue"));

        await().atMost(DRIFT_WITHIN).until(() -> watch().cached(configMap("web-config")).isPresent());

        Map<String, Object> cached = watch().cached(configMap("web-config")).orElseThrow();
        Map<?, ?> metadata = (Map<?, ?>) cached.get("metadata");
        assertThat(cached).containsEntry("data", Map.of("colour", "blue")).containsEntry("kind", "ConfigMap");
        assertThat(metadata.get("resourceVersion")).isEqualTo(applied.resourceVersion());
        assertThat(metadata.get("labels")).isEqualTo(GantryLabels.of("staging", "platform", "web"));
        assertThat(metadata.containsKey("managedFields")).isFalse();
        assertThat(watch().cached(configMap("absent"))).isEmpty();
    }

    private void assertNothingReportedAbout(ObjectKey key) {
        AppliedObject sentinel = apply(configMapObject("sentinel", "blue"));
        someoneElse.configMaps().inNamespace(namespace).withName("sentinel")
                .edit(live -> new ConfigMapBuilder(live).addToData("colour", "red").build());
        await().atMost(DRIFT_WITHIN).until(() -> reported(sentinel.key(), Type.DRIFT));
        assertThat(changes).noneMatch(change -> change.key().equals(key));
    }

    private boolean reported(ObjectKey key, Type type) {
        return changes.stream().anyMatch(change -> change.key().equals(key) && change.type() == type);
    }

    private AppliedObject apply(KubernetesObject object) {
        return connection.applier().apply(object);
    }

    private ManagedObjectWatch watch() {
        return connection.watch();
    }

    private ObjectKey configMap(String name) {
        return new ObjectKey("v1", "ConfigMap", namespace, name);
    }

    private ObjectKey deployment() {
        return new ObjectKey("apps/v1", "Deployment", namespace, "web");
    }

    private KubernetesObject configMapObject(String name, String colour) {
        return new KubernetesObject(configMap(name), Map.of("apiVersion", "v1", "kind", "ConfigMap",
                "metadata", Map.of("name", name, "namespace", namespace, "labels", GantryLabels.of("staging", "platform", "web")),
                "data", Map.of("colour", colour)));
    }

    private Map<String, Object> deploymentContent(int replicas) {
        Map<String, String> app = Map.of("app", "web");
        return Map.of("apiVersion", "apps/v1", "kind", "Deployment",
                "metadata", Map.of("name", "web", "namespace", namespace, "labels", GantryLabels.of("staging", "platform", "web")),
                "spec", Map.of("replicas", replicas, "selector", Map.of("matchLabels", app),
                        "template", Map.of("metadata", Map.of("labels", app),
                                "spec", Map.of("containers", List.of(Map.of("name", "web", "image", "nginx"))))));
    }
}
