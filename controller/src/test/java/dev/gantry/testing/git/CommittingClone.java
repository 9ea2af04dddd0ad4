package dev.gantry.testing.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.util.FileUtils;

/**
 * A bare remote and a working clone of it, committed to through JGit's porcelain the way a person
 * would: files written and added, commits by a chosen author (signed when the caller asks), branches,
 * merges and pushes.
 */
public final class CommittingClone implements AutoCloseable {

    private final Path remote;
    private final Git clone;

    private CommittingClone(Path remote, Git clone) {
        this.remote = remote;
        this.clone = clone;
    }

    /** A new bare remote {@code folder/remote.git} with branch {@code main}, and its clone in {@code folder/clone}. */
    public static CommittingClone create(Path folder) throws GitAPIException {
        Path remote = folder.resolve("remote.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
        Git clone = Git.init().setDirectory(folder.resolve("clone").toFile()).setInitialBranch("main").call();
        return new CommittingClone(remote, clone);
    }

    /** Writes and adds the files, and returns the commit command by {@code who}, for the caller to sign and call. */
    public CommitCommand change(Map<String, String> files, String message, PersonIdent who) throws IOException, GitAPIException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = clone.getRepository().getWorkTree().toPath().resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
            clone.add().addFilepattern(file.getKey()).call();
        }
        return clone.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false);
    }

    /** Writes, adds and commits the files, unsigned. */
    public RevCommit commit(Map<String, String> files, String message, PersonIdent who) throws IOException, GitAPIException {
        return change(files, message, who).call();
    }

    /** Replaces whatever is at {@code path} with a symbolic link to {@code target} and stages it, for the next commit. */
    public void link(String path, String target) throws IOException, GitAPIException {
        Path file = clone.getRepository().getWorkTree().toPath().resolve(path);
        Files.createDirectories(file.getParent());
        FileUtils.delete(file.toFile(), FileUtils.RECURSIVE | FileUtils.SKIP_MISSING);
        Files.createSymbolicLink(file, Path.of(target));
        clone.add().addFilepattern(path).call();
    }

    /** Deletes the file and stages the deletion, for the next commit. */
    public void remove(String path) throws GitAPIException {
        clone.rm().addFilepattern(path).call();
    }

    /** Checks out {@code branch}, creating it from the current commit when {@code create} says so. */
    public void checkout(String branch, Create create) throws GitAPIException {
        clone.checkout().setName(branch).setCreateBranch(create == Create.NEW).call();
    }

    /** Merges {@code branch} into the current branch with a merge commit, as a pull request's merge button does. */
    public void mergeWithCommit(String branch, String message) throws IOException, GitAPIException {
        clone.merge().include(clone.getRepository().resolve(branch)).setFastForward(MergeCommand.FastForwardMode.NO_FF)
                .setMessage(message).call();
    }

    /** Pushes {@code main} to the remote. */
    public void pushMain() throws GitAPIException {
        clone.push().setRemote(remote.toUri().toString()).add("main").call();
    }

    /** The remote's file URL. */
    public String remoteUrl() {
        return remote.toUri().toString();
    }

    /** The clone's repository. */
    public Repository repository() {
        return clone.getRepository();
    }

    @Override
    public void close() {
        clone.close();
    }

    /** Whether {@link #checkout} makes the branch. */
    public enum Create {
        /** Create the branch. */
        NEW,
        /** The branch exists. */
        EXISTING
    }
}
