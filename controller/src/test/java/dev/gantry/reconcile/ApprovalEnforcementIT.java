package dev.gantry.reconcile;

import static dev.gantry.testing.git.GitOpsFiles.environmentPath;
import static dev.gantry.testing.git.GitOpsFiles.pointer;
import static dev.gantry.testing.git.GitOpsFiles.pointerPath;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.audit.AuditResult;
import dev.gantry.audit.gitnotes.GitNotesAuditLog;
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
import dev.gantry.testing.git.SshSigningKey;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The controller loop over a real GitOps repository whose production environment requires one
 * signed approval: an unapproved pointer applies nothing and every recorder says why; a pointer
 * approved by a signed commit applies, also when the approval was made before the pointer was renamed.
 */
class ApprovalEnforcementIT {

    private static final String RELEASE = "3f2c9d1e".repeat(5);
    private static final String POINTER = pointerPath("production", "platform", "hello");
    private static final String SIGNERS = ".gantry/allowed_signers";
    private static final PersonIdent DEV = new PersonIdent("Dev", "dev@example.com");
    private static final PersonIdent BOB = new PersonIdent("Bob", "bob@example.com");
    private static final ObjectKey CONFIG_MAP = new ObjectKey("v1", "ConfigMap", "hello-production", "a");

    @TempDir
    Path temp;

    private CommittingClone gitops;
    private GitOpsMirror mirror;
    private InMemoryClusterApplier cluster;
    private StatusStore statuses;
    private GitNotesAuditLog audit;
    private final List<ClusterEvent> events = new ArrayList<>();
    private ControllerLoop loop;
    private SshSigningKey bobKey;

    @BeforeEach
    void setUp() throws Exception {
        ReleaseFixtures releases = new ReleaseFixtures(temp.resolve("layout"));
        releases.publish(RELEASE, ReleaseFixtures.configMaps("a"));
        bobKey = SshSigningKey.generate(temp.resolve("keys/bob"));
        gitops = CommittingClone.create(temp.resolve("gitops"));
        gitops.commit(Map.of(environmentPath("production"), production(),
                SIGNERS, bobKey.allowedSignersLine("bob@example.com", "")), "production requires a signed approval", DEV);
        mirror = GitOpsMirror.open(temp.resolve("cache"), new GitOpsRemote(gitops.remoteUrl(), "main", GitCredentials.none()));
        cluster = new InMemoryClusterApplier();
        statuses = new StatusStore();
        audit = new GitNotesAuditLog(mirror, "Gantry", "gantry@localhost");
        ProjectReconciler reconciler = new ProjectReconciler(registry -> new OciLayoutArtifactStore(), cluster,
                new HealthAssessor()::assess, Clock.systemUTC(), Duration.ofMillis(20));
        loop = new ControllerLoop(new JGitGitOpsRepository(mirror), reconciler,
                List.of(statuses, new EventsRecorder(events::add), new AuditRecorder(audit, "test")),
                releases.registry(), new JGitSignatureVerifier(temp.resolve("signers")));
    }

    @AfterEach
    void tearDown() {
        mirror.close();
        gitops.close();
    }

    @Test
    void anUnapprovedProductionPointerAppliesNothingAndEveryRecorderSaysWhy() throws Exception {
        RevCommit promote = gitops.commit(Map.of(POINTER, pointer("production", "hello", RELEASE)),
                "promote: platform/hello staging -> production (3f2c9d1)", DEV);
        gitops.pushMain();

        loop.runToIdle(SyncMode.CHANGES);

        assertThat(cluster.applied()).isEmpty();
        assertThat(statuses.project("production", ReleaseFixtures.PROJECT)).hasValueSatisfying(status -> {
            assertThat(status.phase()).isEqualTo("REFUSED");
            assertThat(status.appliedRelease()).isNull();
            assertThat(status.lastError()).startsWith("refused, nothing applied: not approved: release 3f2c9d1 (set by "
                    + promote.name().substring(0, 7) + "): 0 of 1 required approvals");
        });
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(ClusterEvent.Type.WARNING);
            assertThat(event.reason()).isEqualTo("ReleaseRefused");
            assertThat(event.message()).contains("not approved");
        });
        assertThat(audit.recordsFor(promote.name())).singleElement().satisfies(record -> {
            assertThat(record.result()).isEqualTo(AuditResult.REFUSED);
            assertThat(record.message()).contains("0 of 1 required approvals");
        });
    }

    @Test
    void aPointerApprovedByASignedCommitOfAnApproverApplies() throws Exception {
        approveSigned(POINTER, "production", "hello", bobKey);
        gitops.pushMain();

        loop.runToIdle(SyncMode.CHANGES);

        assertThat(statuses.project("production", ReleaseFixtures.PROJECT)).hasValueSatisfying(status ->
                assertThat(status.phase()).as(String.valueOf(status.lastError())).isEqualTo("APPLIED"));
        assertThat(cluster.objects()).contains(CONFIG_MAP);
    }

    @Test
    void anApprovalSignedByAKeyTheAllowedSignersDoNotListIsRefused() throws Exception {
        SshSigningKey stranger = SshSigningKey.generate(temp.resolve("keys/stranger"));
        approveSigned(POINTER, "production", "hello", stranger);
        gitops.pushMain();

        loop.runToIdle(SyncMode.CHANGES);

        assertThat(cluster.applied()).isEmpty();
        assertThat(statuses.project("production", ReleaseFixtures.PROJECT)).hasValueSatisfying(status ->
                assertThat(status.lastError()).contains("signature unknown-key does not verify for bob@example.com"));
    }

    @Test
    void anApprovalMadeBeforeThePointerWasRenamedStillCounts() throws Exception {
        String oldPointer = pointerPath("production", "platform", "greeter");
        approveSigned(oldPointer, "production", "greeter", bobKey);
        gitops.remove(oldPointer);
        gitops.commit(Map.of(POINTER, pointer("production", "hello", RELEASE) + "  approvedBy: bob@example.com\n"),
                "rename platform/greeter to platform/hello", DEV);
        gitops.pushMain();

        loop.runToIdle(SyncMode.CHANGES);

        assertThat(statuses.project("production", ReleaseFixtures.PROJECT)).hasValueSatisfying(status ->
                assertThat(status.phase()).as(String.valueOf(status.lastError())).isEqualTo("APPLIED"));
        assertThat(cluster.objects()).contains(CONFIG_MAP);
    }

    @Test
    void approvalsDoNotFollowAPointerMovedInFromAnotherEnvironment() throws Exception {
        String staging = pointerPath("staging", "platform", "hello");
        approveSigned(staging, "staging", "hello", bobKey);
        gitops.remove(staging);
        gitops.commit(Map.of(POINTER, pointer("production", "hello", RELEASE) + "  approvedBy: bob@example.com\n"),
                "move platform/hello from staging to production", DEV);
        gitops.pushMain();

        loop.runToIdle(SyncMode.CHANGES);

        assertThat(statuses.project("production", ReleaseFixtures.PROJECT)).hasValueSatisfying(status -> {
            assertThat(status.phase()).isEqualTo("REFUSED");
            assertThat(status.lastError()).contains("not approved");
        });
        assertThat(cluster.objects()).doesNotContain(CONFIG_MAP);
    }

    /** Commits a pointer at {@code path} naming RELEASE, then Bob's approval of it signed with {@code key}. */
    private void approveSigned(String path, String environment, String project, SshSigningKey key) throws Exception {
        gitops.commit(Map.of(path, pointer(environment, project, RELEASE)), "promote: platform/" + project, DEV);
        gitops.change(Map.of(path, pointer(environment, project, RELEASE) + "  approvedBy: bob@example.com\n"),
                        approveMessage(), BOB)
                .setGpgConfig(key.gpgConfig()).setSign(true).setSigningKey(key.file().toString()).call();
    }

    private static String approveMessage() {
        return "approve: platform/hello production (3f2c9d1)\n\nGantry-Release: " + RELEASE
                + "\nGantry-Environment: production\nApproved-by: Bob <bob@example.com>\n";
    }

    private static String production() {
        return """
                apiVersion: gantry.dev/v1
                kind: Environment
                metadata:
                  name: production
                spec:
                  namespace: "{project}-{environment}"
                  approval:
                    required: true
                    approvers:
                      - bob@example.com
                    minApprovals: 1
                    requireSignedCommits: true
                    allowedSigners: .gantry/allowed_signers
                """;
    }
}
