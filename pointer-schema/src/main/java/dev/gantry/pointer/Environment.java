package dev.gantry.pointer;

import java.time.Duration;
import java.util.List;

/**
 * Where and how one environment's releases are applied ({@code kind: Environment}).
 *
 * <p>Absent fields take their documented defaults; {@code promotesFrom} and {@code registry} may be
 * null. Field meanings are in {@code docs/environment-spec.md}.
 *
 * @param name the environment, equal to its folder
 * @param promotesFrom the environment a release must have run healthy in first, or null
 * @param namespace target namespace template
 * @param cluster where to apply
 * @param registry release artifact registry, or null for the controller's default
 * @param sync how the environment is kept in step
 * @param approval who must approve pointers here
 * @param allowedClusterResources cluster-scoped kinds releases may create here
 */
public record Environment(
        String name,
        String promotesFrom,
        String namespace,
        Cluster cluster,
        String registry,
        Sync sync,
        Approval approval,
        List<ClusterResource> allowedClusterResources) {

    /** The namespace template used when none is given. */
    public static final String DEFAULT_NAMESPACE = "{environment}";

    /** Copies the list so the record stays immutable. */
    public Environment {
        allowedClusterResources = List.copyOf(allowedClusterResources);
    }

    /** The namespace for one project, with the template's placeholders filled in. */
    public String namespaceFor(String repository, String project) {
        return namespace.replace("{environment}", name)
                .replace("{repository}", repository)
                .replace("{project}", project);
    }

    /**
     * The target cluster: in-cluster, or a kubeconfig from a Secret or a file.
     *
     * @param kubeconfigSecret Secret holding the kubeconfig, or null
     * @param kubeconfigFile kubeconfig file path, or null
     */
    public record Cluster(SecretKey kubeconfigSecret, String kubeconfigFile) {

        /** The cluster the controller runs in. */
        public static final Cluster IN_CLUSTER = new Cluster(null, null);

        /** Whether this is the controller's own cluster. */
        public boolean inCluster() {
            return kubeconfigSecret == null && kubeconfigFile == null;
        }
    }

    /**
     * A key of a Secret.
     *
     * @param name Secret name
     * @param key key within it
     */
    public record SecretKey(String name, String key) {
    }

    /**
     * Sync behaviour.
     *
     * @param auto apply pointer changes automatically
     * @param prune delete objects a new release no longer contains
     * @param selfHeal re-apply on resync to correct drift
     * @param interval this environment's resync period, or null for the controller's ({@code gantry.resync})
     * @param healthTimeout how long a release may take to become healthy
     */
    public record Sync(boolean auto, boolean prune, boolean selfHeal, Duration interval, Duration healthTimeout) {

        /** Everything on, resync on the controller's schedule, 5 minutes to become healthy. */
        public static final Sync DEFAULT = new Sync(true, true, true, null, Duration.ofMinutes(5));
    }

    /**
     * Approval policy.
     *
     * @param required pointers need an approval from an approver
     * @param approvers email addresses allowed to approve
     * @param minApprovals distinct approvals needed
     * @param requireSignedCommits approving commits must be signed by an allowed signer
     * @param allowedSigners repository path of the allowed signers file, or null
     */
    public record Approval(boolean required, List<String> approvers, int minApprovals,
            boolean requireSignedCommits, String allowedSigners) {

        /** No approval needed. */
        public static final Approval NONE = new Approval(false, List.of(), 1, false, null);

        /** Copies the list so the record stays immutable. */
        public Approval {
            approvers = List.copyOf(approvers);
        }
    }

    /**
     * A cluster-scoped kind.
     *
     * @param group API group, empty for the core group
     * @param kind the kind
     */
    public record ClusterResource(String group, String kind) {
    }
}
