package dev.gantry.reconcile;

import static dev.gantry.testing.git.GitOpsFiles.environmentPath;
import static dev.gantry.testing.git.GitOpsFiles.pointer;
import static dev.gantry.testing.git.GitOpsFiles.pointerPath;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.deploy.HealthAssessor;
import dev.gantry.deploy.InMemoryClusterApplier;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.release.oci.OciLayoutArtifactStore;
import dev.gantry.signing.jgit.JGitSignatureVerifier;
import dev.gantry.source.GitCredentials;
import dev.gantry.source.GitOpsRemote;
import dev.gantry.source.jgit.GitOpsMirror;
import dev.gantry.source.jgit.JGitGitOpsRepository;
import dev.gantry.testing.git.CommittingClone;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The controller loop over a real GitOps repository refuses a symbolic link where a pointer or a
 * patch should be: it never follows it, and never takes it for a deleted pointer.
 */
class SymbolicLinkRefusalIT {

    private static final String RELEASE = "1a2b3c4d".repeat(5);
    private static final String POINTER = pointerPath("staging", "platform", "hello");
    private static final PersonIdent DEV = new PersonIdent("Dev", "dev@example.com");
    private static final ObjectKey CONFIG_MAP = new ObjectKey("v1", "ConfigMap", "hello-staging", "a");
    private static final String ENVIRONMENT = """
            apiVersion: gantry.dev/v1
            kind: Environment
            metadata:
              name: staging
            spec:
              namespace: "{project}-{environment}"
              sync:
                prune: true
            """;

    @TempDir
    Path temp;

    private CommittingClone gitops;
    private GitOpsMirror mirror;
    private InMemoryClusterApplier cluster;
    private StatusStore statuses;
    private ControllerLoop loop;

    @BeforeEach
    void setUp() throws Exception {
        ReleaseFixtures releases = new ReleaseFixtures(temp.resolve("layout"));
        releases.publish(RELEASE, ReleaseFixtures.configMaps("a"));
        gitops = CommittingClone.create(temp.resolve("gitops"));
        mirror = GitOpsMirror.open(temp.resolve("cache"), new GitOpsRemote(gitops.remoteUrl(), "main", GitCredentials.none()));
        cluster = new InMemoryClusterApplier();
        statuses = new StatusStore();
        ProjectReconciler reconciler = new ProjectReconciler(registry -> new OciLayoutArtifactStore(), cluster,
                new HealthAssessor()::assess, Clock.systemUTC(), Duration.ofMillis(20));
        loop = new ControllerLoop(new JGitGitOpsRepository(mirror), reconciler, List.of(statuses), releases.registry(),
                new JGitSignatureVerifier(temp.resolve("signers")));
        gitops.commit(Map.of(environmentPath("staging"), ENVIRONMENT, POINTER, pointer("staging", "hello", RELEASE)),
                "hello in staging", DEV);
        gitops.pushMain();
        loop.runToIdle(SyncMode.CHANGES);
        assertThat(cluster.read(CONFIG_MAP)).as("applied before the link").isPresent();
    }

    @AfterEach
    void tearDown() {
        mirror.close();
        gitops.close();
    }

    @Test
    void aPointerTurnedSymlinkIsNotPruned() throws Exception {
        gitops.link(POINTER, "../../../../environment.yaml");
        gitops.commit(Map.of(), "hello's pointer becomes a link", DEV);
        gitops.pushMain();

        loop.runToIdle(SyncMode.CHANGES);

        assertThat(cluster.read(CONFIG_MAP)).as("nothing pruned").isPresent();
        assertThat(statuses.project("staging", ReleaseFixtures.PROJECT)).hasValueSatisfying(status -> {
            assertThat(status.phase()).isEqualTo("REFUSED");
            assertThat(status.appliedRelease()).isEqualTo(RELEASE);
            assertThat(status.lastError()).contains(POINTER + ":1:1: is a symbolic link: "
                    + "links in the GitOps repository are not followed");
        });
    }

    @Test
    void aProjectFolderTurnedSymlinkIsNotPruned() throws Exception {
        gitops.remove(POINTER);
        gitops.link("environments/staging/platform", "/tmp");
        gitops.commit(Map.of(), "the platform folder becomes a link", DEV);
        gitops.pushMain();

        loop.runToIdle(SyncMode.CHANGES);

        assertThat(cluster.read(CONFIG_MAP)).as("nothing pruned").isPresent();
        assertThat(statuses.project("staging", ReleaseFixtures.PROJECT)).hasValueSatisfying(status ->
                assertThat(status.lastError()).contains("environments/staging/platform:1:1: is a symbolic link"));
    }

    @Test
    void aSymlinkedPatchRefusesTheReleaseInsteadOfDroppingTheOverlay() throws Exception {
        gitops.link("environments/staging/platform/hello/patches/tier.yaml", "/etc/hostname");
        gitops.commit(Map.of(), "a linked patch", DEV);
        gitops.pushMain();

        loop.runToIdle(SyncMode.CHANGES);

        assertThat(statuses.project("staging", ReleaseFixtures.PROJECT)).hasValueSatisfying(status -> {
            assertThat(status.phase()).isEqualTo("REFUSED");
            assertThat(status.lastError()).contains("environments/staging/platform/hello/patches/tier.yaml:1:1: "
                    + "is a symbolic link");
        });
    }
}
