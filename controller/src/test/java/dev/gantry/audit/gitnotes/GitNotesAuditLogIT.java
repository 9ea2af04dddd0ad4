package dev.gantry.audit.gitnotes;

import static dev.gantry.testing.git.GitOpsFiles.environment;
import static dev.gantry.testing.git.GitOpsFiles.environmentPath;
import static dev.gantry.testing.git.GitOpsFiles.pointer;
import static dev.gantry.testing.git.GitOpsFiles.pointerPath;
import static dev.gantry.testing.git.GitOpsFiles.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gantry.audit.AuditRecord;
import dev.gantry.audit.AuditResult;
import dev.gantry.audit.AuditUnavailableException;
import dev.gantry.audit.AuditedObject;
import dev.gantry.source.GitCredentials;
import dev.gantry.source.GitOpsRemote;
import dev.gantry.source.jgit.GitOpsMirror;
import dev.gantry.testing.git.GitOpsRemoteFixture;
import dev.gantry.testing.git.SmartHttpGitServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.notes.Note;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.RefSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitNotesAuditLogIT {

    private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

    @TempDir
    Path temp;

    private GitOpsRemoteFixture remote;
    private RevCommit promoteHello;
    private RevCommit promoteBilling;
    private final List<GitOpsMirror> mirrors = new ArrayList<>();

    @BeforeEach
    void commitTwoPointers() throws Exception {
        remote = GitOpsRemoteFixture.create(temp.resolve("gitops.git"));
        remote.commit("seed", Map.of(environmentPath("dev"), environment("dev", "{project}")));
        promoteHello = remote.commit("promote hello", Map.of(pointerPath("dev", "platform", "hello"), pointer("dev", "hello", release(1))));
        promoteBilling = remote.commit("promote billing", Map.of(pointerPath("dev", "payments", "billing"), pointer("dev", "billing", release(2))));
    }

    @AfterEach
    void close() {
        mirrors.forEach(GitOpsMirror::close);
        remote.close();
    }

    @Test
    void readsBackEveryRecordOfACommitInTheOrderTheyStarted() {
        GitNotesAuditLog log = controller("one", remote.url());
        AuditRecord failed = record("hello", AuditResult.FAILED, 0);
        AuditRecord applied = record("hello", AuditResult.APPLIED, 60);

        log.record(promoteHello.name(), applied);
        log.record(promoteHello.name(), failed);

        assertThat(log.recordsFor(promoteHello.name())).containsExactly(failed, applied);
        assertThat(log.recordsFor(promoteBilling.name())).isEmpty();
    }

    @Test
    void recordsASyncsRecordsInOneNotesCommit() throws Exception {
        GitNotesAuditLog log = controller("one", remote.url());
        AuditRecord hello = record("hello", AuditResult.APPLIED, 0);
        AuditRecord again = record("hello", AuditResult.REFUSED, 30);

        log.recordAll(promoteHello.name(), List.of(hello, again));

        assertThat(log.recordsFor(promoteHello.name())).containsExactly(hello, again);
        try (Git git = Git.open(temp.resolve("gitops.git").toFile())) {
            Iterable<RevCommit> history = git.log().add(git.getRepository().resolve(GitNotesAuditLog.NOTES_REF)).call();
            assertThat(history).as("one notes commit for the whole batch").hasSize(1);
        }
    }

    @Test
    void pushesTheNotesSoAFreshCloneSeesThem() throws Exception {
        AuditRecord applied = record("hello", AuditResult.APPLIED, 0);
        controller("one", remote.url()).record(promoteHello.name(), applied);

        Path clone = temp.resolve("clone");
        try (Git git = Git.cloneRepository().setURI(remote.url()).setDirectory(clone.toFile()).call()) {
            git.fetch().setRefSpecs(new RefSpec(GitNotesAuditLog.NOTES_REF + ":" + GitNotesAuditLog.NOTES_REF)).call();
            assertThat(noteText(git.getRepository(), promoteHello)).isEqualTo(applied.toJson() + "\n");
        }
    }

    @Test
    void theGitCommandLineReadsTheNotes() throws Exception {
        assumeTrue(gitOnPath(), "the git command line is not installed");
        AuditRecord applied = record("hello", AuditResult.APPLIED, 0);
        controller("one", remote.url()).record(promoteHello.name(), applied);
        Path clone = temp.resolve("cli-clone");

        run(temp, "git", "clone", "--quiet", remote.url(), clone.toString());
        run(clone, "git", "fetch", "--quiet", "origin", "refs/notes/gantry:refs/notes/gantry");
        String shown = run(clone, "git", "notes", "--ref=gantry", "show", promoteHello.name());

        assertThat(AuditRecord.fromJson(shown.strip())).isEqualTo(applied);
    }

    @Test
    void aSecondControllerMergesTheNotesTheFirstPushed() throws Exception {
        GitNotesAuditLog first = controller("first", remote.url());
        GitNotesAuditLog second = controller("second", remote.url());
        AuditRecord byFirst = record("hello", AuditResult.APPLIED, 0);
        AuditRecord bySecond = record("hello", AuditResult.REFUSED, 30);
        AuditRecord billing = record("billing", AuditResult.APPLIED, 40);

        first.record(promoteHello.name(), byFirst);
        second.record(promoteHello.name(), bySecond);
        second.record(promoteBilling.name(), billing);

        try (RevWalk walk = new RevWalk(remote.repository())) {
            RevCommit notesHead = walk.parseCommit(remote.repository().resolve(GitNotesAuditLog.NOTES_REF));
            assertThat(walk.parseCommit(notesHead.getParent(0)).getParentCount())
                    .as("the second controller's push was rejected and merged").isEqualTo(2);
        }
        assertThat(noteText(remote.repository(), promoteHello)).contains(byFirst.toJson(), bySecond.toJson());
        assertThat(first.recordsFor(promoteHello.name())).containsExactly(byFirst, bySecond);
        assertThat(first.recordsFor(promoteBilling.name())).containsExactly(billing);
    }

    @Test
    void controllersWritingAtTheSameTimeAllEndUpInTheRemote() throws Exception {
        List<GitNotesAuditLog> controllers = List.of(controller("a", remote.url()), controller("b", remote.url()));
        List<AuditRecord> written = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(controllers.size());
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < controllers.size(); c++) {
            GitNotesAuditLog log = controllers.get(c);
            List<AuditRecord> mine = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                mine.add(record(i % 2 == 0 ? "hello" : "billing", AuditResult.APPLIED, c * 100 + i));
            }
            written.addAll(mine);
            done.add(threads.submit(() -> {
                start.await();
                for (AuditRecord record : mine) {
                    log.record(commitOf(record).name(), record);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> each : done) {
            each.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();

        GitNotesAuditLog reader = controller("reader", remote.url());
        List<AuditRecord> read = new ArrayList<>(reader.recordsFor(promoteHello.name()));
        read.addAll(reader.recordsFor(promoteBilling.name()));
        assertThat(read).containsExactlyInAnyOrderElementsOf(written);
    }

    @Test
    void pushesOverHttpsWithTheRemotesToken() throws Exception {
        try (SmartHttpGitServer server = SmartHttpGitServer.start(temp, GitCredentials.TOKEN_USERNAME, "t0ken")) {
            GitOpsRemote https = new GitOpsRemote(server.url("gitops.git"), "main", GitCredentials.token("t0ken"));
            GitOpsMirror mirror = GitOpsMirror.open(temp.resolve("cache-http"), https);
            mirrors.add(mirror);
            AuditRecord applied = record("hello", AuditResult.APPLIED, 0);

            new GitNotesAuditLog(mirror, "Gantry", "gantry@example.com").record(promoteHello.name(), applied);

            assertThat(server.requests()).contains("POST /gitops.git/git-receive-pack 200");
            assertThat(noteText(remote.repository(), promoteHello)).isEqualTo(applied.toJson() + "\n");
        }
    }

    @Test
    void keepsARecordItCouldNotPushAndPushesItWithTheNext() throws Exception {
        GitNotesAuditLog log = controller("one", remote.url());
        AuditRecord first = record("hello", AuditResult.APPLIED, 0);
        AuditRecord unpushed = record("hello", AuditResult.FAILED, 10);
        AuditRecord last = record("billing", AuditResult.APPLIED, 20);
        log.record(promoteHello.name(), first);
        Path away = Files.move(remote.folder(), temp.resolve("moved-away.git"));

        assertThatThrownBy(() -> log.record(promoteHello.name(), unpushed))
                .isInstanceOf(AuditUnavailableException.class)
                .hasMessageContaining("kept in the mirror");
        assertThat(log.recordsFor(promoteHello.name())).as("read from the mirror while the remote is away")
                .containsExactly(first, unpushed);

        Files.move(away, remote.folder());
        log.record(promoteBilling.name(), last);

        assertThat(noteText(remote.repository(), promoteHello)).contains(first.toJson(), unpushed.toJson());
        assertThat(noteText(remote.repository(), promoteBilling)).contains(last.toJson());
    }

    private GitNotesAuditLog controller(String name, String url) {
        GitOpsMirror mirror = GitOpsMirror.open(temp.resolve("cache-" + name), new GitOpsRemote(url, "main", GitCredentials.none()));
        mirrors.add(mirror);
        return new GitNotesAuditLog(mirror, "Gantry " + name, name + "@gantry.example.com");
    }

    private RevCommit commitOf(AuditRecord record) {
        return record.project().equals("hello") ? promoteHello : promoteBilling;
    }

    private static AuditRecord record(String project, AuditResult result, int startSecond) {
        Instant started = START.plusSeconds(startSecond);
        return new AuditRecord("dev", project.equals("hello") ? "platform" : "payments", project, release(startSecond),
                "sha256:" + "0f".repeat(32),
                List.of(new AuditedObject("apps/v1", "Deployment", "dev", project, "uid-" + startSecond, "1" + startSecond)),
                result, result + " at second " + startSecond, started, started.plusSeconds(5), "0.1.0-test");
    }

    private static String noteText(Repository repository, RevCommit commit) throws Exception {
        try (Git git = Git.wrap(repository); RevWalk walk = new RevWalk(repository)) {
            Note note = git.notesShow().setNotesRef(GitNotesAuditLog.NOTES_REF).setObjectId(walk.parseCommit(commit)).call();
            assertThat(note).as("a note on " + commit.name()).isNotNull();
            return new String(repository.open(note.getData()).getBytes(), StandardCharsets.UTF_8);
        }
    }

    private static boolean gitOnPath() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String run(Path folder, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
        return output;
    }
}
