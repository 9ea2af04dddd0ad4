package dev.gantry.deploy;

import static dev.gantry.deploy.HealthStatus.HEALTHY;
import static dev.gantry.deploy.HealthStatus.PROGRESSING;

import java.util.Map;
import java.util.Objects;

/**
 * Judges how healthy one live object is, with one check per kind; pure, and tolerant of any shape
 * of content: a field that is missing or of the wrong type counts as not reported yet.
 */
public final class HealthAssessor {

    private static final HealthCheck EXISTS = live -> new Health(HEALTHY, "exists");

    /** Checks by kind, qualified by API group the way Kubernetes writes it ({@code Deployment.apps}). */
    private static final Map<String, HealthCheck> CHECKS = Map.ofEntries(
            Map.entry("Deployment.apps", new DeploymentHealthCheck()),
            Map.entry("StatefulSet.apps", new StatefulSetHealthCheck()),
            Map.entry("DaemonSet.apps", new DaemonSetHealthCheck()),
            Map.entry("Job.batch", new JobHealthCheck()),
            Map.entry("CustomResourceDefinition.apiextensions.k8s.io", new CustomResourceDefinitionHealthCheck()),
            Map.entry("Service", new ServiceHealthCheck()),
            Map.entry("Namespace", EXISTS),
            Map.entry("ConfigMap", EXISTS),
            Map.entry("Secret", EXISTS),
            Map.entry("ServiceAccount", EXISTS),
            Map.entry("Role.rbac.authorization.k8s.io", EXISTS),
            Map.entry("RoleBinding.rbac.authorization.k8s.io", EXISTS),
            Map.entry("ClusterRole.rbac.authorization.k8s.io", EXISTS),
            Map.entry("ClusterRoleBinding.rbac.authorization.k8s.io", EXISTS));

    private static final HealthCheck GENERIC = new GenericHealthCheck();

    /**
     * Judges one object.
     *
     * @param key which object, whose kind and group choose the check
     * @param live the object as the API server returned it, or null when it does not exist (yet)
     * @return its health; progressing with {@code not found yet} when {@code live} is null
     */
    public Health assess(ObjectKey key, Map<String, Object> live) {
        Objects.requireNonNull(key, "key");
        if (live == null) {
            return new Health(PROGRESSING, "not found yet");
        }
        String group = key.group();
        String kind = group.isEmpty() ? key.kind() : key.kind() + "." + group;
        return CHECKS.getOrDefault(kind, GENERIC).check(new LiveObject(live));
    }
}
