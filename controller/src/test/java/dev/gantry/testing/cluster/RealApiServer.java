package dev.gantry.testing.cluster;

import java.nio.file.Path;

/**
 * A real Kubernetes API server the integration tests reach: the kubeconfig file that names it, and
 * what it is (which variable or which kube-api-test binaries), for reports; never a credential.
 *
 * @param kubeconfig a kubeconfig file whose current context is this server
 * @param description what this server is and why it was chosen
 */
public record RealApiServer(Path kubeconfig, String description) {
}
