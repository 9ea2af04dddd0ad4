package dev.gantry.demo;

import dev.gantry.promotion.Person;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** The git work the demo does on repositories in its workspace, as a person at a terminal would. */
public interface DemoGit {

    /**
     * Creates a repository with a work tree and an empty {@code main} branch.
     *
     * @param folder where, a new folder
     * @throws DemoFailedException when it cannot be created
     */
    void create(Path folder);

    /**
     * Creates a bare repository, the "remote", and a clone of it with a work tree, whose
     * {@code origin} is the remote.
     *
     * @param remote the bare repository's folder
     * @param clone the clone's folder
     * @throws DemoFailedException when either cannot be created
     */
    void createWithRemote(Path remote, Path clone);

    /**
     * Writes files into the work tree and commits them on the branch checked out.
     *
     * @param folder the repository's work tree
     * @param files path (with {@code /}) to the new content
     * @param message the whole commit message
     * @param author the author and committer, with the commit's time
     * @return the new commit's full SHA
     * @throws DemoFailedException when the commit cannot be made
     */
    String commit(Path folder, Map<String, String> files, String message, Person author);

    /**
     * Creates a branch at {@code main}'s head and checks it out.
     *
     * @param clone the repository's work tree
     * @param branch the new branch's name
     */
    void branchFromMain(Path clone, String branch);

    /**
     * Checks {@code main} out and merges a branch into it, as a pull request's merge would: a fast
     * forward when {@code main} has not moved, else a merge commit by {@code merger}.
     *
     * @param clone the repository's work tree
     * @param branch the branch to merge
     * @param merger who merges
     * @return how it merged, such as {@code fast-forward}
     * @throws DemoFailedException when the branch does not merge cleanly
     */
    String mergeIntoMain(Path clone, String branch, Person merger);

    /**
     * Pushes a branch to {@code origin}.
     *
     * @param clone the repository's work tree
     * @param branch the branch
     * @throws DemoFailedException when the remote refuses it
     */
    void push(Path clone, String branch);

    /**
     * Fetches the controller's audit notes, {@code refs/notes/gantry}, from {@code origin}.
     *
     * @param clone the repository's work tree
     */
    void fetchNotes(Path clone);

    /**
     * The promotion steps in a clone, made by the promotion commands' services.
     *
     * @param clone the GitOps clone
     * @param clock the time the steps record
     * @return the steps
     */
    PromotionSteps promotions(Path clone, Clock clock);
}
