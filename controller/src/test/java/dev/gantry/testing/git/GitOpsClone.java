package dev.gantry.testing.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A bare GitOps remote and a working clone of it, made with plain JGit porcelain: files written
 * on disk, staged and committed a minute apart by a configured person, branches, merges and pushes.
 */
public final class GitOpsClone implements AutoCloseable {

    /** The branch the remote starts with. */
    public static final String MAIN = "main";

    private final Git remote;
    private final Git clone;
    private Instant clock = Instant.parse("2026-01-01T10:00:00Z");
    private PersonIdent person = new PersonIdent("Dev", "dev@example.com");

    private GitOpsClone(Git remote, Git clone) {
        this.remote = remote;
        this.clone = clone;
    }

    /** A bare remote in {@code folder/remote.git} with one seed commit, cloned into {@code folder/clone}. */
    public static GitOpsClone create(Path folder) throws GitAPIException, IOException {
        Path seed = folder.resolve("seed");
        Git remote = Git.init().setBare(true).setInitialBranch(MAIN).setDirectory(folder.resolve("remote.git").toFile()).call();
        try (Git first = Git.init().setInitialBranch(MAIN).setDirectory(seed.toFile()).call()) {
            Files.writeString(seed.resolve("README.md"), "GitOps repository\n");
            first.add().addFilepattern("README.md").call();
            PersonIdent who = new PersonIdent(new PersonIdent("Seed", "seed@example.com"), Instant.parse("2026-01-01T09:00:00Z"), ZoneOffset.UTC);
            first.commit().setMessage("seed").setAuthor(who).setCommitter(who).setSign(false).call();
            first.push().setRemote(folder.resolve("remote.git").toUri().toString()).add(MAIN).call();
        }
        Git clone = Git.cloneRepository().setURI(folder.resolve("remote.git").toUri().toString())
                .setDirectory(folder.resolve("clone").toFile()).call();
        GitOpsClone result = new GitOpsClone(remote, clone);
        result.identity("Dev", "dev@example.com");
        return result;
    }

    /** Sets {@code user.name} and {@code user.email} in the clone's config, and commits as that person from now on. */
    public GitOpsClone identity(String name, String email) throws IOException {
        StoredConfig config = clone.getRepository().getConfig();
        config.setString("user", null, "name", name);
        config.setString("user", null, "email", email);
        config.save();
        person = new PersonIdent(name, email);
        return this;
    }

    /** Writes a file of the working tree, creating folders. */
    public GitOpsClone write(String path, String content) throws IOException {
        Path file = workTree().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return this;
    }

    /** A file of the working tree. */
    public String read(String path) throws IOException {
        return Files.readString(workTree().resolve(path), StandardCharsets.UTF_8);
    }

    /** Moves a file of the working tree and stages both sides, as {@code git mv} does. */
    public GitOpsClone move(String from, String to) throws IOException, GitAPIException {
        Path target = workTree().resolve(to);
        Files.createDirectories(target.getParent());
        Files.move(workTree().resolve(from), target);
        clone.rm().addFilepattern(from).call();
        clone.add().addFilepattern(to).call();
        return this;
    }

    /** Deletes a file and stages the deletion. */
    public GitOpsClone delete(String path) throws GitAPIException {
        clone.rm().addFilepattern(path).call();
        return this;
    }

    /** Stages everything and commits a minute after the previous commit, unsigned. */
    public RevCommit commit(String message) throws GitAPIException {
        clone.add().addFilepattern(".").call();
        PersonIdent who = next();
        return clone.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    /** Creates and checks out a branch at HEAD. */
    public GitOpsClone branch(String name) throws GitAPIException {
        clone.checkout().setCreateBranch(true).setName(name).call();
        return this;
    }

    /** Checks out an existing branch. */
    public GitOpsClone checkout(String name) throws GitAPIException {
        clone.checkout().setName(name).call();
        return this;
    }

    /** Merges a branch into the current one with a merge commit a minute after the previous commit; fails on conflicts. */
    public RevCommit merge(String branch, String message) throws GitAPIException, IOException {
        MergeResult result = clone.merge().include(clone.getRepository().resolve(branch))
                .setFastForward(MergeCommand.FastForwardMode.NO_FF).setCommit(false).call();
        if (!result.getMergeStatus().isSuccessful()) {
            throw new IllegalStateException("merging " + branch + " failed: " + result);
        }
        PersonIdent who = next();
        return clone.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    /** Pushes a branch to the remote. */
    public void push(String branch) throws GitAPIException {
        clone.push().setRemote("origin").add(branch).call();
    }

    private PersonIdent next() {
        clock = clock.plusSeconds(60);
        return new PersonIdent(person, clock, ZoneOffset.UTC);
    }

    /** The time of the latest commit made through this fixture. */
    public Instant clock() {
        return clock;
    }

    /** The clone's porcelain. */
    public Git git() {
        return clone;
    }

    /** The clone's repository. */
    public Repository repository() {
        return clone.getRepository();
    }

    /** The clone's working tree. */
    public Path workTree() {
        return clone.getRepository().getWorkTree().toPath();
    }

    /** The bare remote. */
    public Repository remote() {
        return remote.getRepository();
    }

    /** The bare remote's folder. */
    public Path remoteFolder() {
        return remote.getRepository().getDirectory().toPath();
    }

    @Override
    public void close() {
        clone.close();
        remote.close();
    }
}
