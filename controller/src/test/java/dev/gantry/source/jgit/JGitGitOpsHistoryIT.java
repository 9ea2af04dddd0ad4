package dev.gantry.source.jgit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.source.CommitNotFoundException;
import dev.gantry.source.FileCommit;
import dev.gantry.source.GitCredentials;
import dev.gantry.source.GitOpsRemote;
import dev.gantry.testing.git.CommittingClone;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history of one file in the mirror, as {@code git log <commit> -- <path>} walks it, following a pointer's renames. */
class JGitGitOpsHistoryIT {

    private static final String POINTER = "environments/production/platform/hello/release.yaml";
    private static final PersonIdent DEV = new PersonIdent("Dev", "dev@example.com");
    private static final PersonIdent BOB = new PersonIdent("Bob", "bob@example.com");

    @TempDir
    Path temp;

    private CommittingClone clone;
    private GitOpsMirror mirror;
    private JGitGitOpsRepository repository;

    @BeforeEach
    void setUp() throws Exception {
        clone = CommittingClone.create(temp);
        mirror = GitOpsMirror.open(temp.resolve("cache"), new GitOpsRemote(clone.remoteUrl(), "main", GitCredentials.none()));
        repository = new JGitGitOpsRepository(mirror);
    }

    @AfterEach
    void tearDown() {
        mirror.close();
        clone.close();
    }

    @Test
    void listsTheCommitsThatChangedThePathNewestFirstWithTrailersAndContent() throws Exception {
        RevCommit first = clone.commit(Map.of(POINTER, "release: a\n"), "promote: a", DEV);
        clone.commit(Map.of("README.md", "unrelated\n"), "docs", DEV);
        RevCommit approve = clone.commit(Map.of(POINTER, "release: a\napprovedBy: bob\n"),
                "approve: a\n\nGantry-Release: a\nApproved-by: Bob <bob@example.com>\n", BOB);
        clone.pushMain();

        List<FileCommit> history = repository.history(repository.fetch().sha(), POINTER, 10);

        assertThat(history).extracting(change -> change.commit().sha()).containsExactly(approve.name(), first.name());
        assertThat(history.get(0).trailers("approved-by")).containsExactly("Bob <bob@example.com>");
        assertThat(history.get(0).commit().authorEmail()).isEqualTo("bob@example.com");
        assertThat(new String(history.get(0).content(), StandardCharsets.UTF_8)).contains("approvedBy: bob");
        assertThat(new String(history.get(1).content(), StandardCharsets.UTF_8)).isEqualTo("release: a\n");
        assertThat(history.get(0).rawCommit()).isEqualTo(clone.repository().open(approve).getCachedBytes());
    }

    @Test
    void followsTheBranchAMergeTookThePathFrom() throws Exception {
        clone.commit(Map.of(POINTER, "release: a\n"), "promote: a", DEV);
        clone.checkout("promote/production/hello", CommittingClone.Create.NEW);
        RevCommit onBranch = clone.commit(Map.of(POINTER, "release: b\n"), "promote: b", DEV);
        clone.checkout("main", CommittingClone.Create.EXISTING);
        clone.commit(Map.of("README.md", "meanwhile\n"), "docs", DEV);
        clone.mergeWithCommit("promote/production/hello", "Merge pull request #1");
        clone.pushMain();

        List<FileCommit> history = repository.history(repository.fetch().sha(), POINTER, 10);

        assertThat(history).hasSize(2);
        assertThat(history.get(0).commit().sha()).isEqualTo(onBranch.name());
    }

    @Test
    void givesNoContentForTheCommitThatDeletedTheFileAndStopsAtMaxCount() throws Exception {
        clone.commit(Map.of(POINTER, "release: a\n"), "promote: a", DEV);
        clone.commit(Map.of(POINTER, "release: b\n"), "promote: b", DEV);
        clone.repository().getWorkTree().toPath().resolve(POINTER).toFile().delete();
        try (org.eclipse.jgit.api.Git git = new org.eclipse.jgit.api.Git(clone.repository())) {
            git.rm().addFilepattern(POINTER).call();
            git.commit().setMessage("remove").setAuthor(DEV).setCommitter(DEV).setSign(false).call();
        }
        clone.pushMain();

        List<FileCommit> history = repository.history(repository.fetch().sha(), POINTER, 2);

        assertThat(history).hasSize(2);
        assertThat(history.get(0).content()).isNull();
        assertThat(new String(history.get(1).content(), StandardCharsets.UTF_8)).isEqualTo("release: b\n");
    }

    @Test
    void followsAPointerBackAcrossARenameUnderItsOldPath() throws Exception {
        String oldPointer = "environments/production/platform/greeter/release.yaml";
        RevCommit first = clone.commit(Map.of(oldPointer, "release: a\n"), "promote: a", DEV);
        RevCommit approve = clone.commit(Map.of(oldPointer, "release: a\napprovedBy: bob\n"),
                "approve: a\n\nApproved-by: Bob <bob@example.com>\n", BOB);
        clone.remove(oldPointer);
        RevCommit renamed = clone.commit(Map.of(POINTER, "release: a\napprovedBy: bob\n"), "rename greeter to hello", DEV);
        clone.pushMain();

        List<FileCommit> history = repository.history(repository.fetch().sha(), POINTER, 10);

        assertThat(history).extracting(change -> change.commit().sha())
                .containsExactly(renamed.name(), approve.name(), first.name());
        assertThat(history).extracting(FileCommit::path).containsExactly(POINTER, oldPointer, oldPointer);
        assertThat(history.get(1).trailers("approved-by")).containsExactly("Bob <bob@example.com>");
        assertThat(new String(history.get(2).content(), StandardCharsets.UTF_8)).isEqualTo("release: a\n");
    }

    @Test
    void refusesACommitTheMirrorLacks() throws Exception {
        clone.commit(Map.of(POINTER, "release: a\n"), "promote: a", DEV);
        clone.pushMain();
        repository.fetch();

        assertThatThrownBy(() -> repository.history("f".repeat(40), POINTER, 10)).isInstanceOf(CommitNotFoundException.class);
    }
}
