package dev.gantry.source.jgit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.source.CommitNotFoundException;
import dev.gantry.source.SourceSnapshot;
import dev.gantry.source.SourceUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JGitSourceRepositoryIT {

    private static final Instant FIRST = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-01-02T10:00:00Z");

    @TempDir
    Path temp;

    private SourceRepositoryFixture source;
    private RevCommit first;
    private RevCommit second;
    private JGitSourceRepository repository;

    @BeforeEach
    void commitTwice() throws Exception {
        source = SourceRepositoryFixture.create(temp.resolve("source"));
        first = source.commit("first", FIRST, Map.of(
                "hello/gantry.yaml", "kind: Project\n", "hello/app/hello*", "#!/bin/sh\necho hi\n", "README.md", "top\n"));
        second = source.commit("second", SECOND, Map.of("hello/gantry.yaml", "kind: Project # v2\n"));
        repository = new JGitSourceRepository(temp.resolve("cache"));
    }

    @Test
    void readsAnOlderCommitExactlyAsItWas() {
        try (SourceSnapshot snapshot = repository.snapshot(source.folder().toString(), first.name())) {
            assertThat(snapshot.commit()).isEqualTo(first.name());
            assertThat(snapshot.commitTime()).isEqualTo(FIRST);
            assertThat(snapshot.read("hello/gantry.yaml")).hasValueSatisfying(bytes ->
                    assertThat(new String(bytes)).isEqualTo("kind: Project\n"));
            assertThat(snapshot.read("hello/missing.yaml")).isEmpty();
            assertThat(snapshot.read("hello")).as("a folder is not a file").isEmpty();
        }
    }

    @Test
    void exportsOneFolderWithItsExecutableBits() throws Exception {
        Path target = temp.resolve("export");
        try (SourceSnapshot snapshot = repository.snapshot(source.folder().toString(), second.name())) {
            assertThat(snapshot.export("hello", target)).isEqualTo(2);
        }

        assertThat(target.resolve("gantry.yaml")).hasContent("kind: Project # v2");
        assertThat(Files.getPosixFilePermissions(target.resolve("app/hello"))).contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(target.resolve("README.md")).doesNotExist();
    }

    @Test
    void neverTouchesTheUsersWorkingTree() throws Exception {
        Files.writeString(source.folder().resolve("uncommitted.txt"), "work in progress");
        String headBefore = Git.open(source.folder().toFile()).getRepository().resolve("HEAD").name();

        try (SourceSnapshot snapshot = repository.snapshot(source.folder().toString(), first.name())) {
            snapshot.export("", temp.resolve("export"));
        }

        try (Git git = Git.open(source.folder().toFile())) {
            assertThat(git.getRepository().resolve("HEAD").name()).isEqualTo(headBefore);
            assertThat(git.status().call().getUntracked()).containsExactly("uncommitted.txt");
            assertThat(git.status().call().getModified()).isEmpty();
        }
        assertThat(source.folder().resolve("hello/gantry.yaml")).hasContent("kind: Project # v2");
    }

    @Test
    void recordsTheOriginOfALocalCloneAsTheSourceUrl() throws Exception {
        String upstream = source.bareClone(temp.resolve("upstream.git")).toUri().toString();
        Path clone = SourceRepositoryFixture.cloneOf(upstream, temp.resolve("clone"));

        try (SourceSnapshot snapshot = repository.snapshot(clone.toString(), first.name())) {
            assertThat(snapshot.sourceUrl()).contains(upstream);
        }
    }

    @Test
    void fetchesOverAUrlIntoAPrivateMirrorOnce() throws Exception {
        String upstream = source.bareClone(temp.resolve("upstream.git")).toUri().toString();

        try (SourceSnapshot snapshot = repository.snapshot(upstream, second.name())) {
            assertThat(snapshot.read("README.md")).isPresent();
        }
        try (Stream<Path> mirrors = Files.list(temp.resolve("cache"))) {
            assertThat(mirrors).hasSize(1);
        }
        try (SourceSnapshot again = repository.snapshot(upstream, first.name())) {
            assertThat(again.commitTime()).isEqualTo(FIRST);
        }
    }

    @Test
    void saysWhichCommitIsMissing() {
        String absent = "0123456789abcdef0123456789abcdef01234567";

        assertThatThrownBy(() -> repository.snapshot(source.folder().toString(), absent))
                .isInstanceOf(CommitNotFoundException.class)
                .hasMessageContaining(absent);
    }

    @Test
    void reportsAnUnreachableRemoteWithoutItsCredentials() {
        String unreachable = "http://robot:s3cret@127.0.0.1:9/nowhere.git";

        assertThatThrownBy(() -> repository.snapshot(unreachable, first.name()))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessageContaining("127.0.0.1:9/nowhere.git")
                .hasMessageNotContaining("s3cret");
    }
}
