package dev.gantry.testing.cluster;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A real Kubernetes API server the integration tests reach: the kubeconfig file that names it, and
 * what it is (which variable or which binary), for reports; never a credential.
 *
 * @param kubeconfig a kubeconfig file whose current context is this server, as cluster-admin
 * @param description what this server is and why it was chosen
 * @param controlPlane the project's test control plane when it is that, which tests may stop and start;
 *        empty for a server named by a kubeconfig, which tests must not disturb
 */
public record RealApiServer(Path kubeconfig, String description, Optional<TestControlPlane> controlPlane) {
}
