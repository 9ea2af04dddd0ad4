package dev.gantry.deploy.fabric8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gantry.deploy.AppliedObject;
import dev.gantry.deploy.ApplyRejectedException;
import dev.gantry.deploy.ClusterUnavailableException;
import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.deploy.ResourceScope;
import dev.gantry.failure.Disposition;
import dev.gantry.failure.Dispositions;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The requests the adapter sends, checked against Fabric8's mock server in expectations mode:
 * the server-side apply request itself, discovery, delete options, and how answers map to the
 * port's exceptions. The mock cannot apply, so these tests assert what is sent, not its effect.
 */
@EnableKubernetesMockClient(crud = false, kubernetesClientBuilderCustomizer = NoRetries.class)
class Fabric8ClusterApplierRequestsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DEPLOYMENT_PATH = "/apis/apps/v1/namespaces/ns/deployments/web";
    private static final String APPLY_QUERY = "?fieldManager=gantry&force=true";
    private static final ObjectKey WEB = new ObjectKey("apps/v1", "Deployment", "ns", "web");

    KubernetesMockServer server;
    KubernetesClient client;
    private Fabric8ClusterApplier applier;

    @BeforeEach
    void serveDiscovery() {
        DiscoveryFixtures.serve(server);
        applier = new Fabric8ClusterApplier(client);
    }

    @Test
    void appliesWithServerSideApplyAsGantryForcingConflicts() throws Exception {
        server.expect().patch().withPath(DEPLOYMENT_PATH + APPLY_QUERY)
                .andReturn(200, stored("apps/v1", "Deployment", "web", "uid-1", "42")).once();

        AppliedObject applied = applier.apply(new KubernetesObject(WEB, deployment()));

        RecordedRequest apply = takeApplyRequest();
        assertThat(apply.getMethod()).isEqualTo("PATCH");
        assertThat(pathOf(apply)).isEqualTo(DEPLOYMENT_PATH);
        assertThat(queryOf(apply)).containsEntry("fieldManager", "gantry").containsEntry("force", "true");
        assertThat(apply.getHeader("Content-Type")).startsWith("application/apply-patch+yaml");
        assertThat(JSON.readValue(apply.getUtf8Body(), Map.class)).isEqualTo(deployment());
        assertThat(applied).isEqualTo(new AppliedObject(WEB, "uid-1", "42"));
    }

    @Test
    void appliesAClusterScopedObjectOutsideAnyNamespace() throws Exception {
        ObjectKey namespace = new ObjectKey("v1", "Namespace", null, "team-a");
        server.expect().patch().withPath("/api/v1/namespaces/team-a" + APPLY_QUERY)
                .andReturn(200, stored("v1", "Namespace", "team-a", "uid-2", "7")).once();

        AppliedObject applied = applier.apply(new KubernetesObject(namespace,
                Map.of("apiVersion", "v1", "kind", "Namespace", "metadata", Map.of("name", "team-a"))));

        assertThat(pathOf(takeApplyRequest())).isEqualTo("/api/v1/namespaces/team-a");
        assertThat(applied.uid()).isEqualTo("uid-2");
    }

    @Test
    void refusesAnInvalidObjectNamingItAndTheApiServersMessage() {
        server.expect().patch().withPath(DEPLOYMENT_PATH + APPLY_QUERY).andReturn(422, status(422, "Invalid",
                "Deployment.apps \"web\" is invalid: spec.selector: Required value")).once();

        assertThatThrownBy(() -> applier.apply(new KubernetesObject(WEB, deployment())))
                .isInstanceOf(ApplyRejectedException.class)
                .hasMessageContaining("Deployment ns/web (apps/v1)")
                .hasMessageContaining("422")
                .hasMessageContaining("spec.selector: Required value")
                .satisfies(e -> assertThat(((ApplyRejectedException) e).object()).isEqualTo(WEB))
                .satisfies(e -> assertThat(Dispositions.of(e)).isEqualTo(Disposition.REFUSED));
    }

    @Test
    void rejectsForNowAnObjectTheServiceAccountMayNotApply() {
        server.expect().patch().withPath(DEPLOYMENT_PATH + APPLY_QUERY).andReturn(403, status(403, "Forbidden",
                "deployments.apps \"web\" is forbidden: User \"system:serviceaccount:gantry:gantry\" cannot patch")).once();

        assertThatThrownBy(() -> applier.apply(new KubernetesObject(WEB, deployment())))
                .isInstanceOf(ApplyRejectedException.class)
                .hasMessageContaining("forbidden")
                .satisfies(e -> assertThat(Dispositions.of(e)).isEqualTo(Disposition.UNAVAILABLE));
    }

    @Test
    void treatsAServerErrorAsTheClusterBeingUnavailable() {
        server.expect().patch().withPath(DEPLOYMENT_PATH + APPLY_QUERY).andReturn(500, status(500, "InternalError",
                "etcdserver: request timed out")).always();

        assertThatThrownBy(() -> applier.apply(new KubernetesObject(WEB, deployment())))
                .isInstanceOf(ClusterUnavailableException.class)
                .hasMessageContaining("apply Deployment ns/web (apps/v1)")
                .hasMessageContaining("etcdserver: request timed out");
    }

    @Test
    void treatsAnUnreachableApiServerAsUnavailable() {
        Config nowhere = new ConfigBuilder(Config.empty()).withMasterUrl("https://127.0.0.1:1")
                .withRequestRetryBackoffLimit(0).withConnectionTimeout(2_000).build();
        try (KubernetesClient unreachable = new KubernetesClientBuilder().withConfig(nowhere).build()) {
            Fabric8ClusterApplier cut = new Fabric8ClusterApplier(unreachable);

            assertThatThrownBy(() -> cut.apply(new KubernetesObject(WEB, deployment())))
                    .isInstanceOf(ClusterUnavailableException.class)
                    .hasMessageContaining("apps/v1")
                    .hasMessageContaining("no answer from the API server");
        }
    }

    @Test
    void rejectsForNowAKindTheServerDoesNotServeWithoutSendingIt() throws Exception {
        ObjectKey widget = new ObjectKey("apps/v1", "Widget", "ns", "w");

        Throwable refused = catchThrowable(() -> applier.apply(new KubernetesObject(widget,
                Map.of("apiVersion", "apps/v1", "kind", "Widget", "metadata", Map.of("name", "w", "namespace", "ns")))));

        assertThat(refused).isInstanceOf(ApplyRejectedException.class).hasMessageContaining("does not serve kind Widget");
        assertThat(Dispositions.of(refused)).isEqualTo(Disposition.UNAVAILABLE);
        assertThat(requests()).extracting(RecordedRequest::getMethod).containsOnly("GET");
    }

    @Test
    void refusesContentThatIsNotAKubernetesObjectWithoutSendingIt() throws Exception {
        Throwable refused = catchThrowable(() -> applier.apply(new KubernetesObject(WEB,
                Map.of("apiVersion", "apps/v1", "kind", "Deployment", "metadata", "web"))));

        assertThat(refused).isInstanceOf(ApplyRejectedException.class).hasMessageContaining("not a Kubernetes object");
        assertThat(Dispositions.of(refused)).isEqualTo(Disposition.REFUSED);
        assertThat(requests()).extracting(RecordedRequest::getMethod).containsOnly("GET");
    }

    @Test
    void knowsScopesFromDiscoveryIgnoringSubresources() {
        assertThat(applier.scopeOf("apps/v1", "Deployment")).contains(ResourceScope.NAMESPACED);
        assertThat(applier.scopeOf("v1", "Namespace")).contains(ResourceScope.CLUSTER);
        assertThat(applier.scopeOf("v1", "ConfigMap")).contains(ResourceScope.NAMESPACED);
        assertThat(applier.scopeOf("rbac.authorization.k8s.io/v1", "ClusterRole")).contains(ResourceScope.CLUSTER);
        assertThat(applier.scopeOf("apiextensions.k8s.io/v1", "CustomResourceDefinition")).contains(ResourceScope.CLUSTER);
        assertThat(applier.scopeOf("apps/v1", "Scale")).isEmpty();
    }

    @Test
    void asksDiscoveryOncePerGroupVersion() throws Exception {
        applier.scopeOf("apps/v1", "Deployment");
        applier.scopeOf("apps/v1", "StatefulSet");
        applier.scopeOf("apps/v1", "DaemonSet");

        assertThat(requests()).extracting(RecordedRequest::getPath).containsExactly("/apis/apps/v1");
    }

    @Test
    void asksDiscoveryAgainForAKindItHasNotSeen() throws Exception {
        applier.scopeOf("apps/v1", "Deployment");

        assertThat(applier.scopeOf("apps/v1", "Rollout")).isEmpty();
        assertThat(requests()).extracting(RecordedRequest::getPath).containsExactly("/apis/apps/v1", "/apis/apps/v1");
    }

    @Test
    void knowsNothingOfAGroupTheServerDoesNotServe() {
        assertThat(applier.scopeOf("example.dev/v1", "Widget")).isEmpty();
    }

    @Test
    void deletesWithBackgroundPropagation() throws Exception {
        server.expect().delete().withPath(DEPLOYMENT_PATH).andReturn(200, status(200, null, null)).once();

        applier.delete(WEB);

        RecordedRequest delete = requests().stream().filter(r -> r.getMethod().equals("DELETE")).findFirst().orElseThrow();
        assertThat(delete.getPath()).isEqualTo(DEPLOYMENT_PATH);
        assertThat(JSON.readTree(delete.getUtf8Body()).path("propagationPolicy").stringValue()).isEqualTo("Background");
    }

    @Test
    void treatsAServerErrorOnReadAsUnavailable() {
        server.expect().get().withPath(DEPLOYMENT_PATH).andReturn(503, status(503, "ServiceUnavailable", "try later")).always();

        assertThatThrownBy(() -> applier.read(WEB))
                .isInstanceOf(ClusterUnavailableException.class)
                .hasMessageContaining("read Deployment ns/web (apps/v1)")
                .hasMessageContaining("try later");
    }

    private RecordedRequest takeApplyRequest() throws InterruptedException {
        return requests().stream().filter(r -> r.getMethod().equals("PATCH")).findFirst()
                .orElseThrow(() -> new AssertionError("no PATCH request was sent"));
    }

    private List<RecordedRequest> requests() throws InterruptedException {
        List<RecordedRequest> taken = new java.util.ArrayList<>();
        for (RecordedRequest r = server.takeRequest(100, TimeUnit.MILLISECONDS); r != null;
                r = server.takeRequest(100, TimeUnit.MILLISECONDS)) {
            taken.add(r);
        }
        return taken;
    }

    private static String pathOf(RecordedRequest request) {
        return request.getPath().split("\\?", 2)[0];
    }

    private static Map<String, String> queryOf(RecordedRequest request) {
        String[] parts = request.getPath().split("\\?", 2);
        return parts.length < 2 ? Map.of() : Arrays.stream(parts[1].split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair.length > 1 ? pair[1] : ""));
    }

    private static Map<String, Object> deployment() {
        Map<String, Object> labels = Map.of("app", "web");
        return Map.of(
                "apiVersion", "apps/v1",
                "kind", "Deployment",
                "metadata", Map.of("name", "web", "namespace", "ns", "labels", labels),
                "spec", Map.of(
                        "replicas", 2,
                        "selector", Map.of("matchLabels", labels),
                        "template", Map.of(
                                "metadata", Map.of("labels", labels),
                                "spec", Map.of("containers", List.of(Map.of(
                                        "name", "web",
                                        "image", "registry.example/web@sha256:" + "a".repeat(64),
                                        "ports", List.of(Map.of("containerPort", 8080))))))));
    }

    private static String stored(String apiVersion, String kind, String name, String uid, String resourceVersion) {
        return JSON.writeValueAsString(Map.of("apiVersion", apiVersion, "kind", kind,
                "metadata", Map.of("name", name, "uid", uid, "resourceVersion", resourceVersion)));
    }

    private static String status(int code, String reason, String message) {
        Map<String, Object> status = new java.util.LinkedHashMap<>();
        status.put("apiVersion", "v1");
        status.put("kind", "Status");
        status.put("status", code < 400 ? "Success" : "Failure");
        status.put("code", code);
        if (reason != null) {
            status.put("reason", reason);
            status.put("message", message);
        }
        return JSON.writeValueAsString(status);
    }
}
