package dev.gantry.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of {@code gantry serve}, bound once at start-up from {@code application.yaml},
 * environment variables ({@code GANTRY_REPO}, ...) and the command line.
 *
 * @param repo the GitOps repository's clone URL (https, ssh or file)
 * @param branch the branch to watch
 * @param kubeconfig a kubeconfig file, or null for in-cluster, else {@code KUBECONFIG}/{@code ~/.kube/config}
 * @param registry the default release registry: {@code HOST[:PORT][/PREFIX]} or {@code oci-layout:DIR}
 * @param poll how often to fetch the repository
 * @param resync how often to reconcile everything, correcting drift
 * @param cache where mirrors and caches live
 * @param healthPoll how often health is read while waiting
 * @param git credentials for the GitOps repository
 * @param webhooks webhook secrets
 * @param leaderElection HA settings
 * @param sources source repositories by repository name, for building missing releases on demand
 * @param manageNamespaces whether the controller applies (creates) each environment's Namespace;
 *     false where its RBAC is namespaced Roles in namespaces that already exist
 * @param concurrency how many projects are reconciled at once; the work waits on the API server,
 *     the registry and git rather than on CPU, so it is several times the cores
 * @param kube how the controller talks to its cluster's API server
 */
@ConfigurationProperties("gantry")
public record GantryProperties(
        String repo,
        @DefaultValue("main") String branch,
        Path kubeconfig,
        @DefaultValue("oci-layout:.gantry/registry") String registry,
        @DefaultValue("60s") Duration poll,
        @DefaultValue("10m") Duration resync,
        @DefaultValue(".gantry/cache") Path cache,
        @DefaultValue("2s") Duration healthPoll,
        @DefaultValue Git git,
        @DefaultValue Webhooks webhooks,
        @DefaultValue LeaderElection leaderElection,
        @DefaultValue Map<String, Source> sources,
        @DefaultValue("true") boolean manageNamespaces,
        @DefaultValue("16") int concurrency,
        @DefaultValue Kube kube) {

    /**
     * GitOps repository credentials; never logged.
     *
     * @param token an https token (used as the password)
     * @param username an https user name, default {@code git}
     * @param password an https password
     * @param sshKey an SSH private key file
     * @param knownHosts an SSH known_hosts file
     */
    public record Git(String token, @DefaultValue("git") String username, String password, Path sshKey, Path knownHosts) {

        @Override
        public String toString() {
            return "Git[username=" + username + ", token=" + (token == null ? "none" : "***")
                    + ", password=" + (password == null ? "none" : "***") + ", sshKey=" + sshKey + "]";
        }
    }

    /**
     * Webhook secrets, one per provider; a provider without a secret refuses every delivery.
     *
     * @param github GitHub's webhook secret
     * @param gitlab GitLab's secret token
     * @param gitea Gitea's webhook secret
     * @param generic the secret for {@code X-Gantry-Signature}
     * @param readDeadline how long one delivery's body may take to arrive, before it is verified
     * @param concurrentReads how many delivery bodies are read at once; more get 503 unread
     */
    public record Webhooks(String github, String gitlab, String gitea, String generic,
            @DefaultValue("10s") Duration readDeadline, @DefaultValue("4") int concurrentReads) {

        @Override
        public String toString() {
            return "Webhooks[configured=" + (github != null) + "/" + (gitlab != null) + "/" + (gitea != null) + "/"
                    + (generic != null) + ", readDeadline=" + readDeadline + ", concurrentReads=" + concurrentReads + "]";
        }
    }

    /**
     * Where one repository's releases are built from when a pointer names a release its registry lacks.
     *
     * @param url the clone URL or folder
     * @param projectPath the project folder template: {@code {project}} (default) or such as {@code services/{project}}
     * @param imageRegistry the registry name written into manifests; default: the release registry's
     */
    public record Source(String url, @DefaultValue("{project}") String projectPath, String imageRegistry) {
    }

    /**
     * Leader election with a Kubernetes Lease.
     *
     * @param enabled whether replicas elect a leader (only the leader reconciles)
     * @param leaseName the Lease's name
     * @param leaseNamespace the Lease's namespace
     * @param leaseDuration how long a lease lasts without renewal
     */
    public record LeaderElection(@DefaultValue("false") boolean enabled, @DefaultValue("gantry-leader") String leaseName,
            @DefaultValue("gantry") String leaseNamespace, @DefaultValue("15s") Duration leaseDuration) {
    }

    /**
     * The client-side rate limit toward the API server, as client-go's {@code QPS} and {@code Burst}
     * (and Argo CD's defaults): every request counts, applies, reads, discovery and watches alike.
     *
     * @param qps requests a second, sustained; fractions allowed
     * @param burst how many requests may go at once after a quiet spell
     */
    public record Kube(@DefaultValue("50") double qps, @DefaultValue("100") int burst) {
    }
}
