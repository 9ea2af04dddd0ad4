package dev.gantry.deploy.fabric8;

import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Canned discovery documents, trimmed from a real API server, that a mock server answers with. */
final class DiscoveryFixtures {

    /** Discovery path to fixture file, for the groups the tests use. */
    static final Map<String, String> DOCUMENTS = Map.of(
            "/api/v1", "core-v1.json",
            "/apis/apps/v1", "apps-v1.json",
            "/apis/rbac.authorization.k8s.io/v1", "rbac-v1.json",
            "/apis/apiextensions.k8s.io/v1", "apiextensions-v1.json");

    private DiscoveryFixtures() {
    }

    /** Makes the server answer every discovery request for those groups, as often as asked. */
    static void serve(KubernetesMockServer server) {
        DOCUMENTS.forEach((path, file) -> server.expect().get().withPath(path).andReturn(200, read(file)).always());
    }

    /** One fixture's text. */
    static String read(String file) {
        try (InputStream in = DiscoveryFixtures.class.getResourceAsStream("discovery/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no discovery fixture " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
