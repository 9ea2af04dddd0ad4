package dev.gantry.reconcile;

import static dev.gantry.testing.git.GitOpsFiles.environmentPath;
import static dev.gantry.testing.git.GitOpsFiles.pointer;
import static dev.gantry.testing.git.GitOpsFiles.pointerPath;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.deploy.ClusterEvent;
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
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The controller loop over a real GitOps repository honours an environment's {@code sync.auto},
 * {@code sync.selfHeal} and {@code sync.interval}.
 */
class SyncSettingsIT {

    private static final String FIRST = "1a2b3c4d".repeat(5);
    private static final String SECOND = "5e6f7a8b".repeat(5);
    private static final String POINTER = pointerPath("staging", "platform", "hello");
    private static final PersonIdent DEV = new PersonIdent("Dev", "dev@example.com");
    private static final ObjectKey CONFIG_MAP = new ObjectKey("v1", "ConfigMap", "hello-staging", "a");

    @TempDir
    Path temp;

    private CommittingClone gitops;
    private GitOpsMirror mirror;
    private InMemoryClusterApplier cluster;
    private StatusStore statuses;
    private final List<ClusterEvent> events = new ArrayList<>();
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-01T12:00:00Z"));
    private ControllerLoop loop;

    @BeforeEach
    void setUp() throws Exception {
        ReleaseFixtures releases = new ReleaseFixtures(temp.resolve("layout"));
        releases.publish(FIRST, ReleaseFixtures.configMaps("a"));
        releases.publish(SECOND, ReleaseFixtures.configMaps("a"));
        gitops = CommittingClone.create(temp.resolve("gitops"));
        mirror = GitOpsMirror.open(temp.resolve("cache"), new GitOpsRemote(gitops.remoteUrl(), "main", GitCredentials.none()));
        cluster = new InMemoryClusterApplier();
        statuses = new StatusStore();
        ProjectReconciler reconciler = new ProjectReconciler(registry -> new OciLayoutArtifactStore(), cluster,
                new HealthAssessor()::assess, Clock.systemUTC(), Duration.ofMillis(20));
        loop = new ControllerLoop(new JGitGitOpsRepository(mirror), reconciler,
                List.of(statuses, new EventsRecorder(events::add)), releases.registry(),
                new JGitSignatureVerifier(temp.resolve("signers")), clock);
    }

    @AfterEach
    void tearDown() {
        mirror.close();
        gitops.close();
    }

    @Test
    void withAutoSyncOffAChangedPointerIsRecordedAsOutOfSyncAndNothingIsApplied() throws Exception {
        commit(Map.of(environmentPath("staging"), staging("auto: false"), POINTER, pointer("staging", "hello", FIRST)));

        loop.runToIdle(SyncMode.CHANGES);
        loop.runToIdle(SyncMode.FULL);

        assertThat(cluster.applied()).isEmpty();
        assertThat(statuses.project("staging", ReleaseFixtures.PROJECT)).hasValueSatisfying(status -> {
            assertThat(status.phase()).isEqualTo("OUT_OF_SYNC");
            assertThat(status.desiredRelease()).isEqualTo(FIRST);
            assertThat(status.appliedRelease()).isNull();
            assertThat(status.lastError()).isEqualTo("auto sync is off in environment staging: release 1a2b3c4 not applied"
                    + " (set sync.auto: true to apply; there is no manual sync yet)");
        });
        assertThat(events).extracting(ClusterEvent::reason).containsExactly("AutoSyncOff", "AutoSyncOff");
    }

    @Test
    void turningAutoSyncOffLeavesTheAppliedReleaseUntilItIsTurnedOnAgain() throws Exception {
        commit(Map.of(environmentPath("staging"), staging("auto: true"), POINTER, pointer("staging", "hello", FIRST)));
        loop.runToIdle(SyncMode.CHANGES);
        commit(Map.of(environmentPath("staging"), staging("auto: false"), POINTER, pointer("staging", "hello", SECOND)));
        loop.runToIdle(SyncMode.CHANGES);

        assertThat(cluster.read(CONFIG_MAP)).isPresent();
        assertThat(statuses.project("staging", ReleaseFixtures.PROJECT)).hasValueSatisfying(status -> {
            assertThat(status.phase()).isEqualTo("OUT_OF_SYNC");
            assertThat(status.desiredRelease()).isEqualTo(SECOND);
            assertThat(status.appliedRelease()).isEqualTo(FIRST);
        });

        commit(Map.of(environmentPath("staging"), staging("auto: true")));
        loop.runToIdle(SyncMode.CHANGES);

        assertThat(statuses.project("staging", ReleaseFixtures.PROJECT)).hasValueSatisfying(status -> {
            assertThat(status.phase()).isEqualTo("APPLIED");
            assertThat(status.appliedRelease()).isEqualTo(SECOND);
        });
    }

    @Test
    void withSelfHealOffAResyncLeavesDriftButAChangedPointerStillApplies() throws Exception {
        commit(Map.of(environmentPath("staging"), staging("selfHeal: false"), POINTER, pointer("staging", "hello", FIRST)));
        loop.runToIdle(SyncMode.FULL);
        cluster.delete(CONFIG_MAP);

        loop.runToIdle(SyncMode.RESYNC);
        loop.runToIdle(SyncMode.FULL);

        assertThat(cluster.read(CONFIG_MAP)).as("drift is left alone").isEmpty();

        commit(Map.of(POINTER, pointer("staging", "hello", SECOND)));
        loop.runToIdle(SyncMode.RESYNC);

        assertThat(cluster.read(CONFIG_MAP)).isPresent();
        assertThat(statuses.project("staging", ReleaseFixtures.PROJECT)).hasValueSatisfying(status ->
                assertThat(status.appliedRelease()).isEqualTo(SECOND));
    }

    @Test
    void withTheDefaultsThePeriodicResyncCorrectsDriftAndAPollDoesNot() throws Exception {
        commit(Map.of(environmentPath("staging"), staging("prune: true"), POINTER, pointer("staging", "hello", FIRST)));
        loop.runToIdle(SyncMode.FULL);
        cluster.delete(CONFIG_MAP);

        clock.advance(Duration.ofHours(1));
        loop.runToIdle(SyncMode.CHANGES);
        assertThat(cluster.read(CONFIG_MAP)).isEmpty();

        loop.runToIdle(SyncMode.RESYNC);
        assertThat(cluster.read(CONFIG_MAP)).isPresent();
    }

    @Test
    void anEnvironmentWithItsOwnLongerIntervalIsResyncedOnlyOnceItHasPassed() throws Exception {
        commit(Map.of(environmentPath("staging"), staging("interval: 30m"), POINTER, pointer("staging", "hello", FIRST)));
        loop.runToIdle(SyncMode.FULL);
        cluster.delete(CONFIG_MAP);

        clock.advance(Duration.ofMinutes(10));
        loop.runToIdle(SyncMode.RESYNC);
        clock.advance(Duration.ofMinutes(19));
        loop.runToIdle(SyncMode.CHANGES);
        assertThat(cluster.read(CONFIG_MAP)).as("29 minutes after the last resync").isEmpty();

        clock.advance(Duration.ofMinutes(1));
        loop.runToIdle(SyncMode.CHANGES);
        assertThat(cluster.read(CONFIG_MAP)).as("30 minutes after the last resync").isPresent();

        cluster.delete(CONFIG_MAP);
        clock.advance(Duration.ofMinutes(29));
        loop.runToIdle(SyncMode.CHANGES);
        assertThat(cluster.read(CONFIG_MAP)).as("the interval counts from the latest resync").isEmpty();
    }

    @Test
    void anEnvironmentWithItsOwnShorterIntervalIsResyncedByAPoll() throws Exception {
        commit(Map.of(environmentPath("staging"), staging("interval: 1m"), POINTER, pointer("staging", "hello", FIRST)));
        loop.runToIdle(SyncMode.FULL);
        cluster.delete(CONFIG_MAP);

        clock.advance(Duration.ofSeconds(59));
        loop.runToIdle(SyncMode.CHANGES);
        assertThat(cluster.read(CONFIG_MAP)).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        loop.runToIdle(SyncMode.CHANGES);
        assertThat(cluster.read(CONFIG_MAP)).isPresent();
    }

    private void commit(Map<String, String> files) throws Exception {
        gitops.commit(files, "change staging", DEV);
        gitops.pushMain();
    }

    private static String staging(String... syncFields) {
        StringBuilder yaml = new StringBuilder("""
                apiVersion: gantry.dev/v1
                kind: Environment
                metadata:
                  name: staging
                spec:
                  namespace: "{project}-{environment}"
                  sync:
                """);
        for (String field : syncFields) {
            yaml.append("    ").append(field).append('\n');
        }
        return yaml.toString();
    }

    /** A clock that moves only when the test says so. */
    private static final class ManualClock extends Clock {
        private Instant now;

        ManualClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
