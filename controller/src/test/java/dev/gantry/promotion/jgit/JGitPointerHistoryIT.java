package dev.gantry.promotion.jgit;

import static dev.gantry.testing.git.GitOpsFiles.pointer;
import static dev.gantry.testing.git.GitOpsFiles.pointerPath;
import static dev.gantry.testing.git.GitOpsFiles.release;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.pointer.ProjectRef;
import dev.gantry.promotion.PointerChange;
import dev.gantry.promotion.PointerState;
import dev.gantry.promotion.Trailer;
import dev.gantry.testing.git.GitOpsClone;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JGitPointerHistoryIT {

    private static final ProjectRef HELLO = ProjectRef.parse("platform/hello");
    private static final String DEV_HELLO = pointerPath("dev", "platform", "hello");

    @TempDir
    Path temp;

    private GitOpsClone repo;

    @BeforeEach
    void createRepository() throws Exception {
        repo = GitOpsClone.create(temp);
    }

    @AfterEach
    void close() {
        repo.close();
    }

    @Test
    void listsEveryChangeNewestFirstWithPeopleTrailersAndThePointer() throws Exception {
        RevCommit first = repo.write(DEV_HELLO, pointer("dev", "hello", release(1))).commit("add hello");
        repo.write("environments/dev/platform/other/release.yaml", pointer("dev", "other", release(9))).commit("other");
        repo.identity("Alice", "alice@example.com");
        RevCommit second = repo.write(DEV_HELLO, pointer("dev", "hello", release(2)))
                .commit("promote: platform/hello ci -> dev (" + release(2).substring(0, 7) + ")\n\nbody\n\n"
                        + "Gantry-Release: " + release(2) + "\nGantry-From: ci\nGantry-Environment: dev\n");

        List<PointerChange> changes = history().changes("dev", HELLO);

        assertThat(changes).extracting(PointerChange::commit).containsExactly(second.name(), first.name());
        PointerChange latest = changes.get(0);
        assertThat(latest.author().email()).isEqualTo("alice@example.com");
        assertThat(latest.committer().name()).isEqualTo("Alice");
        assertThat(latest.author().when().toInstant()).isEqualTo(repo.clock());
        assertThat(latest.subject()).startsWith("promote: platform/hello ci -> dev");
        assertThat(latest.trailers()).containsExactly(new Trailer("Gantry-Release", release(2)),
                new Trailer("Gantry-From", "ci"), new Trailer("Gantry-Environment", "dev"));
        assertThat(latest.trailer("gantry-from")).contains("ci");
        assertThat(latest.state()).isEqualTo(PointerState.PRESENT);
        assertThat(latest.release()).contains(release(2));
        assertThat(latest.signed()).isFalse();
        assertThat(changes.get(1).release()).contains(release(1));
    }

    @Test
    void followsThePointerBackAcrossAProjectRename() throws Exception {
        String oldPath = pointerPath("dev", "platform", "auth");
        RevCommit created = repo.write(oldPath, pointer("dev", "auth", release(1))).commit("add auth");
        RevCommit changed = repo.write(oldPath, pointer("dev", "auth", release(2))).commit("bump auth");
        repo.move(oldPath, pointerPath("dev", "platform", "auth-service"));
        RevCommit renamed = repo.write(pointerPath("dev", "platform", "auth-service"), pointer("dev", "auth-service", release(2)))
                .commit("rename auth to auth-service");
        RevCommit after = repo.write(pointerPath("dev", "platform", "auth-service"), pointer("dev", "auth-service", release(3)))
                .commit("bump auth-service");

        List<PointerChange> changes = history().changes("dev", ProjectRef.parse("platform/auth-service"));

        assertThat(changes).extracting(PointerChange::commit)
                .containsExactly(after.name(), renamed.name(), changed.name(), created.name());
        assertThat(changes).extracting(PointerChange::path).containsExactly(
                pointerPath("dev", "platform", "auth-service"), pointerPath("dev", "platform", "auth-service"), oldPath, oldPath);
        assertThat(changes.get(3).release()).contains(release(1));
    }

    @Test
    void keepsTheBranchCommitsButNotAMergeThatTookOneSidesPointer() throws Exception {
        repo.write(DEV_HELLO, pointer("dev", "hello", release(1))).commit("add hello");
        repo.branch("feature");
        RevCommit onBranch = repo.write(DEV_HELLO, pointer("dev", "hello", release(2))).commit("bump on a branch");
        repo.checkout(GitOpsClone.MAIN);
        repo.write("README.md", "changed on main\n").commit("unrelated change on main");
        RevCommit merge = repo.merge("feature", "merge feature");
        RevCommit after = repo.write(DEV_HELLO, pointer("dev", "hello", release(3))).commit("bump after the merge");

        List<PointerChange> changes = history().changes("dev", HELLO);

        assertThat(changes).extracting(PointerChange::commit).doesNotContain(merge.name());
        assertThat(changes).extracting(PointerChange::subject)
                .containsExactly("bump after the merge", "bump on a branch", "add hello");
        assertThat(changes.get(1).commit()).isEqualTo(onBranch.name());
        assertThat(changes.get(0).commit()).isEqualTo(after.name());
    }

    @Test
    void reportsADeletionAndAnEditThatIsNotAValidPointer() throws Exception {
        repo.write(DEV_HELLO, pointer("dev", "hello", release(1))).commit("add hello");
        repo.write(DEV_HELLO, "kind: Nonsense\n").commit("break hello");
        repo.delete(DEV_HELLO).commit("remove hello");

        List<PointerChange> changes = history().changes("dev", HELLO);

        assertThat(changes).extracting(PointerChange::state)
                .containsExactly(PointerState.DELETED, PointerState.INVALID, PointerState.PRESENT);
        assertThat(changes.get(0).pointer()).isNull();
        assertThat(changes.get(0).release()).isEmpty();
    }

    @Test
    void readsABareCloneAndFindsNothingForAPointerThatNeverExisted() throws Exception {
        RevCommit added = repo.write(DEV_HELLO, pointer("dev", "hello", release(1))).commit("add hello");
        repo.push(GitOpsClone.MAIN);

        try (Git bare = Git.cloneRepository().setBare(true).setURI(repo.remoteFolder().toUri().toString())
                .setDirectory(temp.resolve("bare.git").toFile()).call()) {
            JGitPointerHistory history = new JGitPointerHistory(bare.getRepository());

            assertThat(history.changes("dev", HELLO)).extracting(PointerChange::commit).containsExactly(added.name());
            assertThat(history.changes("production", HELLO)).isEmpty();
        }
    }

    private JGitPointerHistory history() {
        return new JGitPointerHistory(repo.repository());
    }
}
