package dev.gantry.testing.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.notes.Note;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.URIish;

/**
 * A bare GitOps remote on disk and a working clone of it, as a developer has: files are written in
 * the clone, committed and pushed to {@code main}; what the controller pushed back (git notes) is
 * read from the remote.
 */
public final class GitOpsWorkspace implements AutoCloseable {

    /** The notes ref the controller writes its audit records to. */
    public static final String NOTES_REF = "refs/notes/gantry";

    private static final RefSpec PUSH_MAIN = new RefSpec("refs/heads/main:refs/heads/main");

    private final Path remote;
    private final Git work;

    private GitOpsWorkspace(Path remote, Git work) {
        this.remote = remote;
        this.work = work;
    }

    /** A new empty bare remote {@code <folder>/remote.git} and its clone {@code <folder>/work}, both on {@code main}. */
    public static GitOpsWorkspace create(Path folder) throws GitAPIException, java.net.URISyntaxException {
        Path remote = folder.resolve("remote.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
        Git work = Git.init().setDirectory(folder.resolve("work").toFile()).setInitialBranch("main").call();
        work.remoteAdd().setName("origin").setUri(new URIish(remote.toUri().toString())).call();
        return new GitOpsWorkspace(remote, work);
    }

    /** The remote's file URL, as {@code gantry serve --repo} takes it. */
    public String url() {
        return remote.toUri().toString();
    }

    /** Writes a file of the working tree. */
    public GitOpsWorkspace write(String path, String content) throws IOException {
        Path file = work.getRepository().getWorkTree().toPath().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return this;
    }

    /**
     * Writes {@code environments/<name>/environment.yaml}: an Environment applied to {@code namespace}
     * with auto sync and prune on.
     *
     * @param moreSync more {@code sync} settings, such as {@code "healthTimeout: 20s"}, or empty
     */
    public GitOpsWorkspace writeEnvironment(String name, String namespace, String moreSync) throws IOException {
        return write("environments/" + name + "/environment.yaml", """
                apiVersion: gantry.dev/v1
                kind: Environment
                metadata: { name: %s }
                spec:
                  namespace: "%s"
                  sync: { auto: true, prune: true%s }
                """.formatted(name, namespace, moreSync.isEmpty() ? "" : ", " + moreSync));
    }

    /** Writes the pointer {@code environments/<environment>/platform/hello/release.yaml} naming {@code release}. */
    public GitOpsWorkspace writePointer(String environment, String release) throws IOException {
        return write("environments/" + environment + "/platform/hello/release.yaml", """
                apiVersion: gantry.dev/v1
                kind: ReleasePointer
                metadata: { name: hello, environment: %s }
                spec:
                  release: "%s"
                """.formatted(environment, release));
    }

    /** Commits every change of the working tree and pushes {@code main} to the remote. */
    public RevCommit commitAndPush(String message) throws GitAPIException {
        work.add().addFilepattern(".").call();
        RevCommit commit = work.commit().setMessage(message).setSign(false)
                .setAuthor("Dev", "dev@example.com").setCommitter("Dev", "dev@example.com").call();
        push();
        return commit;
    }

    /** Reverts {@code commit} in a new commit, as {@code git revert} does, and pushes it. */
    public RevCommit revertAndPush(RevCommit commit) throws GitAPIException {
        RevCommit revert = work.revert().include(commit).setOurCommitName("main").call();
        if (revert == null) {
            throw new IllegalStateException("reverting " + commit.name() + " did not make a commit");
        }
        push();
        return revert;
    }

    /** The lines of the note the remote holds in {@value #NOTES_REF} on {@code commit}; empty when there is none. */
    public List<String> noteLinesOnRemote(RevCommit commit) throws IOException, GitAPIException {
        try (Git bare = Git.open(remote.toFile())) {
            Repository repository = bare.getRepository();
            if (repository.exactRef(NOTES_REF) == null) {
                return List.of();
            }
            Note note = bare.notesShow().setNotesRef(NOTES_REF).setObjectId(commit).call();
            return note == null ? List.of()
                    : new String(repository.open(note.getData()).getBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private void push() throws GitAPIException {
        work.push().setRemote("origin").setRefSpecs(PUSH_MAIN).call();
    }

    @Override
    public void close() {
        work.close();
    }
}
