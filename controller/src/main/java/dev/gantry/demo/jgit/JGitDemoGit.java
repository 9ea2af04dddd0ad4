package dev.gantry.demo.jgit;

import dev.gantry.demo.DemoFailedException;
import dev.gantry.demo.DemoGit;
import dev.gantry.demo.PromotionSteps;
import dev.gantry.promotion.Person;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/** The demo's git work with JGit, on repositories in the workspace; nothing is signed and no hook runs. */
public final class JGitDemoGit implements DemoGit {

    private static final String MAIN = "main";

    @Override
    public void create(Path folder) {
        run("create a repository at " + folder, () -> Git.init().setInitialBranch(MAIN).setDirectory(folder.toFile())
                .call().close());
    }

    @Override
    public void createWithRemote(Path remote, Path clone) {
        run("create the remote " + remote + " and its clone " + clone, () -> {
            Git.init().setBare(true).setInitialBranch(MAIN).setDirectory(remote.toFile()).call().close();
            try (Git git = Git.init().setInitialBranch(MAIN).setDirectory(clone.toFile()).call()) {
                git.remoteAdd().setName("origin").setUri(new org.eclipse.jgit.transport.URIish(remote.toUri().toString()))
                        .call();
            }
        });
    }

    @Override
    public String commit(Path folder, Map<String, String> files, String message, Person author) {
        String[] sha = new String[1];
        run("commit in " + folder, () -> {
            try (Git git = Git.open(folder.toFile())) {
                for (Map.Entry<String, String> file : files.entrySet()) {
                    Path target = folder.resolve(file.getKey());
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
                    git.add().addFilepattern(file.getKey()).call();
                }
                PersonIdent ident = ident(author);
                sha[0] = git.commit().setMessage(message).setAuthor(ident).setCommitter(ident).setSign(false)
                        .setNoVerify(true).call().getName();
            }
        });
        return sha[0];
    }

    @Override
    public void branchFromMain(Path clone, String branch) {
        run("create branch " + branch, () -> {
            try (Git git = Git.open(clone.toFile())) {
                git.checkout().setName(MAIN).call();
                git.checkout().setCreateBranch(true).setName(branch).setStartPoint(MAIN).call();
            }
        });
    }

    @Override
    public String mergeIntoMain(Path clone, String branch, Person merger) {
        String[] how = new String[1];
        run("merge " + branch + " into main", () -> {
            try (Git git = Git.open(clone.toFile())) {
                git.checkout().setName(MAIN).call();
                MergeResult result = git.merge().include(git.getRepository().resolve("refs/heads/" + branch))
                        .setFastForward(FastForwardMode.FF).setCommit(true)
                        .setMessage("Merge branch '" + branch + "'").call();
                if (!result.getMergeStatus().isSuccessful()) {
                    throw new DemoFailedException("merging " + branch + " into main: " + result.getMergeStatus());
                }
                how[0] = result.getMergeStatus() == MergeResult.MergeStatus.FAST_FORWARD ? "fast-forward"
                        : "merge commit " + result.getNewHead().abbreviate(7).name();
            }
        });
        return how[0];
    }

    @Override
    public void push(Path clone, String branch) {
        run("push " + branch + " to origin", () -> {
            try (Git git = Git.open(clone.toFile())) {
                for (PushResult result : git.push().setRemote("origin")
                        .setRefSpecs(new RefSpec("refs/heads/" + branch + ":refs/heads/" + branch)).call()) {
                    for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                        if (update.getStatus() != RemoteRefUpdate.Status.OK
                                && update.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
                            throw new DemoFailedException("origin refused " + branch + ": " + update.getStatus());
                        }
                    }
                }
            }
        });
    }

    @Override
    public void fetchNotes(Path clone) {
        run("fetch the audit notes", () -> {
            try (Git git = Git.open(clone.toFile())) {
                git.fetch().setRemote("origin").setRefSpecs(new RefSpec("+refs/notes/gantry:refs/notes/gantry")).call();
            }
        });
    }

    @Override
    public PromotionSteps promotions(Path clone, Clock clock) {
        return new CommandPromotionSteps(clone, clock);
    }

    private static PersonIdent ident(Person person) {
        return new PersonIdent(person.name(), person.email(), person.when().toInstant(), person.when().getOffset());
    }

    private static void run(String what, GitWork work) {
        try {
            work.run();
        } catch (IOException | GitAPIException | java.net.URISyntaxException e) {
            throw new DemoFailedException("cannot " + what + ": " + e.getMessage(), e);
        }
    }

    /** One piece of git work that may fail. */
    @FunctionalInterface
    private interface GitWork {
        void run() throws IOException, GitAPIException, java.net.URISyntaxException;
    }
}
