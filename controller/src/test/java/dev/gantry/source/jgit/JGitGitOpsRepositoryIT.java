package dev.gantry.source.jgit;

import static dev.gantry.testing.git.GitOpsFiles.environment;
import static dev.gantry.testing.git.GitOpsFiles.environmentPath;
import static dev.gantry.testing.git.GitOpsFiles.pointer;
import static dev.gantry.testing.git.GitOpsFiles.pointerPath;
import static dev.gantry.testing.git.GitOpsFiles.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.pointer.ProjectRef;
import dev.gantry.source.ChangeSet;
import dev.gantry.source.ChangeType;
import dev.gantry.source.ChangedPath;
import dev.gantry.source.Commit;
import dev.gantry.source.CommitNotFoundException;
import dev.gantry.source.GitCredentials;
import dev.gantry.source.GitOpsRemote;
import dev.gantry.source.PathRole;
import dev.gantry.source.SourceUnavailableException;
import dev.gantry.testing.git.GitOpsRemoteFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JGitGitOpsRepositoryIT {

    private static final ProjectRef HELLO = new ProjectRef("platform", "hello");
    private static final ProjectRef BILLING = new ProjectRef("payments", "billing");

    @TempDir
    Path temp;

    private GitOpsRemoteFixture remote;
    private GitOpsMirror mirror;
    private JGitGitOpsRepository repository;
    private RevCommit seed;

    @BeforeEach
    void seedTwoEnvironments() throws Exception {
        remote = GitOpsRemoteFixture.create(temp.resolve("gitops.git"));
        seed = remote.commit("seed", Map.of(
                environmentPath("dev"), environment("dev", "{project}-{environment}"),
                environmentPath("staging"), environment("staging", "{project}-{environment}"),
                pointerPath("dev", "platform", "hello"), pointer("dev", "hello", release(1)),
                pointerPath("dev", "payments", "billing"), pointer("dev", "billing", release(2)),
                pointerPath("staging", "platform", "hello"), pointer("staging", "hello", release(1)),
                "README.md", "the GitOps repository\n"));
        mirror = GitOpsMirror.open(temp.resolve("cache"), new GitOpsRemote(remote.url(), "main", GitCredentials.none()));
        repository = new JGitGitOpsRepository(mirror);
    }

    @AfterEach
    void close() {
        mirror.close();
        remote.close();
    }

    @Test
    void refusesToWatchABranchNameGitWouldReject() {
        try (GitOpsMirror escaping = GitOpsMirror.open(temp.resolve("other-cache"),
                new GitOpsRemote(remote.url(), "../../../escaped", GitCredentials.none()))) {
            assertThatThrownBy(() -> new JGitGitOpsRepository(escaping))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("cannot watch the branch: '../../../escaped' is not a valid git branch name: it must not"
                            + " be HEAD, start with '-' or 'refs/', and git must accept 'refs/heads/../../../escaped' (see git check-ref-format --branch)");
        }
        assertThat(temp.resolve("escaped")).doesNotExist();
    }

    @Test
    void fetchesTheBranchHeadOverAFileUrl() {
        Commit head = repository.fetch();

        assertThat(head.sha()).isEqualTo(seed.name());
        assertThat(head.time()).isEqualTo(remote.clock());
        assertThat(head.authorName()).isEqualTo("Dev");
        assertThat(head.authorEmail()).isEqualTo("dev@example.com");
        assertThat(repository.read(head.sha(), "README.md")).hasValueSatisfying(bytes ->
                assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("the GitOps repository\n"));
    }

    @Test
    void aCommitTouchingOnePointerChangesExactlyOneProject() throws Exception {
        RevCommit next = remote.commit("promote hello", Map.of(pointerPath("dev", "platform", "hello"), pointer("dev", "hello", release(3))));
        repository.fetch();

        ChangeSet changes = repository.changesBetween(seed.name(), next.name());

        assertThat(changes.changes()).containsExactly(new ChangedPath(pointerPath("dev", "platform", "hello"),
                ChangeType.MODIFIED, PathRole.POINTER, "dev", HELLO));
        assertThat(changes.affectedEnvironments()).containsExactly("dev");
        assertThat(changes.affectedProjects("dev")).containsExactly(HELLO);
    }

    @Test
    void anEnvironmentFileChangeMarksTheWholeEnvironment() throws Exception {
        RevCommit next = remote.commit("retarget staging", Map.of(environmentPath("staging"), environment("staging", "{project}")));
        repository.fetch();

        ChangeSet changes = repository.changesBetween(seed.name(), next.name());

        assertThat(changes.environmentChanged("staging")).isTrue();
        assertThat(changes.environmentChanged("dev")).isFalse();
        assertThat(changes.affectedProjects("staging")).isEmpty();
    }

    @Test
    void aPatchChangeMarksItsProject() throws Exception {
        RevCommit next = remote.commit("scale billing", Map.of(
                "environments/dev/payments/billing/patches/replicas.yaml", "spec: {replicas: 3}\n"));
        repository.fetch();

        ChangeSet changes = repository.changesBetween(seed.name(), next.name());

        assertThat(changes.changes()).singleElement().satisfies(change -> {
            assertThat(change.role()).isEqualTo(PathRole.OVERLAY);
            assertThat(change.type()).isEqualTo(ChangeType.ADDED);
        });
        assertThat(changes.affectedProjects("dev")).containsExactly(BILLING);
    }

    @Test
    void reportsADeletedPointer() throws Exception {
        RevCommit next = remote.commit("retire billing", Map.of(), List.of(pointerPath("dev", "payments", "billing")));
        repository.fetch();

        ChangeSet changes = repository.changesBetween(seed.name(), next.name());

        assertThat(changes.deletedPointers("dev")).containsExactly(BILLING);
        assertThat(changes.affectedProjects("dev")).isEmpty();
        assertThat(repository.read(next.name(), pointerPath("dev", "payments", "billing"))).isEmpty();
        assertThat(repository.read(seed.name(), pointerPath("dev", "payments", "billing"))).isPresent();
    }

    @Test
    void aFirstSyncListsEverythingAsAdded() {
        Commit head = repository.fetch();

        ChangeSet changes = repository.changesBetween(null, head.sha());

        assertThat(changes.firstSync()).isTrue();
        assertThat(changes.changes()).allSatisfy(change -> assertThat(change.type()).isEqualTo(ChangeType.ADDED));
        assertThat(changes.size()).as("README.md is outside environments/").isEqualTo(5);
        assertThat(changes.affectedEnvironments()).containsExactly("dev", "staging");
        assertThat(changes.affectedProjects("dev")).containsExactly(BILLING, HELLO);
        assertThat(changes.environmentChanged("staging")).isTrue();
    }

    @Test
    void aChangeOutsideEnvironmentsIsNoChange() throws Exception {
        RevCommit next = remote.commit("docs", Map.of("README.md", "updated\n"));
        repository.fetch();

        assertThat(repository.changesBetween(seed.name(), next.name()).isEmpty()).isTrue();
    }

    @Test
    void oneChangedPointerAmongTenThousandIsOneChange() throws Exception {
        Map<String, String> files = new HashMap<>();
        for (int i = 0; i < 10_000; i++) {
            files.put(pointerPath("production", "team-" + (i % 100), "service-" + i), pointer("production", "service-" + i, release(i)));
        }
        files.put(environmentPath("production"), environment("production", "{project}"));
        RevCommit big = remote.commitTree("ten thousand pointers", files);
        RevCommit next = remote.commit("promote one", Map.of(
                pointerPath("production", "team-42", "service-4242"), pointer("production", "service-4242", release(99_999))));
        repository.fetch();

        ChangeSet changes = repository.changesBetween(big.name(), next.name());

        assertThat(changes.size()).isEqualTo(1);
        assertThat(changes.affectedProjects("production")).containsExactly(new ProjectRef("team-42", "service-4242"));
        assertThat(repository.changesBetween(null, big.name()).size()).isEqualTo(10_001);
    }

    @Test
    void theDiffOfOneChangedPointerReadsOnlyTheTreesOnItsPath() throws Exception {
        Map<String, String> files = new HashMap<>();
        for (int i = 0; i < 10_000; i++) {
            files.put(pointerPath("production", "team-" + (i % 100), "service-" + i), pointer("production", "service-" + i, release(i)));
        }
        RevCommit big = remote.commitTree("ten thousand pointers", files);
        RevCommit next = remote.commit("promote one", Map.of(
                pointerPath("production", "team-42", "service-4242"), pointer("production", "service-4242", release(99_999))));
        repository.fetch();

        int step = objectsOpened(big, next);
        int everything = objectsOpened(null, next);

        assertThat(step).as("two commits, then the root, environments, production, team and project trees on both sides")
                .isLessThanOrEqualTo(12);
        assertThat(everything).as("a first sync reads every tree").isGreaterThan(10_000);
    }

    private int objectsOpened(RevCommit from, RevCommit to) throws Exception {
        try (CountingObjectReader reader = new CountingObjectReader(mirror.repository().newObjectReader());
                RevWalk walk = new RevWalk(reader)) {
            RevCommit toCommit = walk.parseCommit(to);
            TreeDiff.between(reader, from == null ? null : walk.parseCommit(from).getTree(), toCommit.getTree());
            return reader.opened();
        }
    }

    @Test
    void listsFoldersWithATrailingSlash() {
        Commit head = repository.fetch();

        assertThat(repository.list(head.sha(), "")).containsExactly("README.md", "environments/");
        assertThat(repository.list(head.sha(), "environments/dev")).containsExactly("environment.yaml", "payments/", "platform/");
        assertThat(repository.list(head.sha(), "environments/prod")).isEmpty();
        assertThat(repository.list(head.sha(), "README.md")).as("a file is not a folder").isEmpty();
        assertThat(repository.read(head.sha(), "environments/dev")).as("a folder is not a file").isEmpty();
    }

    @Test
    void followsARewrittenBranchAndSaysWhichCommitIsGone() throws Exception {
        RevCommit abandoned = remote.commit("to be rewritten", Map.of("environments/dev/notes.txt", "x\n"));
        repository.fetch();
        try (GitOpsRemoteFixture rewritten = GitOpsRemoteFixture.create(temp.resolve("rewritten.git"))) {
            RevCommit replacement = rewritten.commit("history rewritten", Map.of(environmentPath("dev"), environment("dev", "x")));
            GitOpsRemote other = new GitOpsRemote(rewritten.url(), "main", GitCredentials.none());
            try (GitOpsMirror fresh = GitOpsMirror.open(temp.resolve("cache-2"), other)) {
                JGitGitOpsRepository second = new JGitGitOpsRepository(fresh);
                assertThat(second.fetch().sha()).isEqualTo(replacement.name());
                assertThatThrownBy(() -> second.changesBetween(abandoned.name(), replacement.name()))
                        .isInstanceOf(CommitNotFoundException.class)
                        .hasMessageContaining(abandoned.name());
            }
        }
    }

    @Test
    void aMissingBranchIsReported() {
        GitOpsRemote elsewhere = new GitOpsRemote(remote.url(), "release", GitCredentials.none());
        try (GitOpsMirror other = GitOpsMirror.open(temp.resolve("cache-3"), elsewhere)) {
            assertThatThrownBy(() -> new JGitGitOpsRepository(other).fetch())
                    .isInstanceOf(SourceUnavailableException.class)
                    .hasMessageContaining("release");
        }
    }

    @Test
    void anUnreachableRemoteIsUnavailableWithoutItsCredentials() {
        GitOpsRemote unreachable = new GitOpsRemote("http://robot:s3cret@127.0.0.1:9/nowhere.git", "main",
                GitCredentials.token("t0ken-value"), Duration.ofSeconds(5));
        try (GitOpsMirror other = GitOpsMirror.open(temp.resolve("cache-4"), unreachable)) {
            assertThatThrownBy(() -> new JGitGitOpsRepository(other).fetch())
                    .isInstanceOf(SourceUnavailableException.class)
                    .hasMessageContaining("127.0.0.1:9/nowhere.git")
                    .hasMessageNotContaining("s3cret")
                    .hasMessageNotContaining("t0ken-value")
                    .satisfies(e -> assertThat(stackTraceOf(e)).doesNotContain("s3cret").doesNotContain("t0ken-value"));
        }
    }

    @Test
    void aMissingRemoteFolderIsUnavailable() {
        GitOpsRemote missing = new GitOpsRemote(temp.resolve("absent.git").toUri().toString(), "main", GitCredentials.none());
        try (GitOpsMirror other = GitOpsMirror.open(temp.resolve("cache-5"), missing)) {
            assertThatThrownBy(() -> new JGitGitOpsRepository(other).fetch())
                    .isInstanceOf(SourceUnavailableException.class)
                    .hasMessageContaining("absent.git");
        }
    }

    static String stackTraceOf(Throwable e) {
        java.io.StringWriter text = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }
}
