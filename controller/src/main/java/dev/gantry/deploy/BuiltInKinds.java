package dev.gantry.deploy;

import java.util.Optional;
import java.util.Set;

/**
 * Kubernetes' built-in API groups and the scope of their kinds: facts no release can change. They
 * stand in for an API server's discovery where there is none (the folder target, {@code gantry
 * diff}), and they say which groups a release's CustomResourceDefinition may never define.
 */
public final class BuiltInKinds {

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

    private BuiltInKinds() {
    }

    /** Whether {@code group} is one of Kubernetes' own API groups. */
    public static boolean isBuiltInGroup(String group) {
        return BUILT_IN_GROUPS.contains(group);
    }

    /** The scope of a built-in kind, or empty for a kind of another group. */
    public static Optional<ResourceScope> of(String group, String kind) {
        if (CLUSTER_KINDS.contains(group + "/" + kind)) {
            return Optional.of(ResourceScope.CLUSTER);
        }
        return BUILT_IN_GROUPS.contains(group) ? Optional.of(ResourceScope.NAMESPACED) : Optional.empty();
    }
}
