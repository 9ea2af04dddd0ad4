package dev.gantry.deploy.folder;

import dev.gantry.deploy.ResourceScope;
import java.util.Optional;
import java.util.Set;

/** The scope of Kubernetes' built-in kinds, standing in for an API server's discovery. */
final class KnownScopes {

    /** Built-in cluster-scoped kinds, as {@code group/kind}. */
    private static final Set<String> CLUSTER_KINDS = Set.of(
            "/Namespace", "/Node", "/PersistentVolume", "/ComponentStatus",
            "rbac.authorization.k8s.io/ClusterRole", "rbac.authorization.k8s.io/ClusterRoleBinding",
            "apiextensions.k8s.io/CustomResourceDefinition", "apiregistration.k8s.io/APIService",
            "storage.k8s.io/StorageClass", "storage.k8s.io/CSIDriver", "storage.k8s.io/CSINode",
            "storage.k8s.io/VolumeAttachment", "scheduling.k8s.io/PriorityClass", "node.k8s.io/RuntimeClass",
            "networking.k8s.io/IngressClass", "certificates.k8s.io/CertificateSigningRequest",
            "admissionregistration.k8s.io/ValidatingWebhookConfiguration",
            "admissionregistration.k8s.io/MutatingWebhookConfiguration",
            "admissionregistration.k8s.io/ValidatingAdmissionPolicy",
            "admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding",
            "flowcontrol.apiserver.k8s.io/FlowSchema", "flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration");

    /** Built-in API groups; their kinds that are not listed above are namespaced. */
    private static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "batch", "autoscaling", "policy",
            "networking.k8s.io", "rbac.authorization.k8s.io", "discovery.k8s.io", "coordination.k8s.io",
            "events.k8s.io", "storage.k8s.io", "apiextensions.k8s.io", "apiregistration.k8s.io", "scheduling.k8s.io",
            "node.k8s.io", "certificates.k8s.io", "admissionregistration.k8s.io", "flowcontrol.apiserver.k8s.io");

    private KnownScopes() {
    }

    /** The scope of a built-in kind, or empty for a kind of another group. */
    static Optional<ResourceScope> of(String group, String kind) {
        if (CLUSTER_KINDS.contains(group + "/" + kind)) {
            return Optional.of(ResourceScope.CLUSTER);
        }
        return BUILT_IN_GROUPS.contains(group) ? Optional.of(ResourceScope.NAMESPACED) : Optional.empty();
    }
}
