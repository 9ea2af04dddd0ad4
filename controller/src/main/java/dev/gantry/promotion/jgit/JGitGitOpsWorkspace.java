package dev.gantry.promotion.jgit;

import dev.gantry.promotion.BranchMode;
import dev.gantry.promotion.GitOpsWorkspace;
import dev.gantry.promotion.HistoryUnavailableException;
import dev.gantry.promotion.Identity;
import dev.gantry.promotion.PointerCommit;
import dev.gantry.promotion.PointerHistory;
import dev.gantry.promotion.PromotionRefusedException;
import dev.gantry.promotion.RecordsFetch;
import dev.gantry.source.GitCredentials;
import dev.gantry.source.jgit.GitBranchName;
import dev.gantry.source.jgit.PathFollower;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;

/**
 * A GitOps clone on disk, opened with JGit: reads at {@code HEAD}, commits one pointer at a time
 * through {@link PointerCommitWriter}, and fetches and pushes with the remotes git's config
 * describes and the credentials it was opened with. A bare repository can be read and committed
 * to, with no working tree to update.
 */
public final class JGitGitOpsWorkspace implements GitOpsWorkspace, AutoCloseable {

    private static final int MAX_FILE_BYTES = 1024 * 1024;

    private final Repository repository;
    private final GitCredentials credentials;
    private final Map<String, String> environment;

    private JGitGitOpsWorkspace(Repository repository, GitCredentials credentials, Map<String, String> environment) {
        this.repository = repository;
        this.credentials = credentials;
        this.environment = Map.copyOf(environment);
    }

    /**
     * Opens the repository at {@code folder}: a working tree (or a folder inside one) or a bare
     * repository, reaching its remotes with {@code credentials} ({@link GitCredentials#none()}: JGit's
     * defaults, such as the keys of {@code ~/.ssh}).
     *
     * @throws PromotionRefusedException when there is no git repository there
     */
    public static JGitGitOpsWorkspace open(Path folder, GitCredentials credentials) {
        return open(folder, credentials, Map.of());
    }

    /**
     * Opens the repository at {@code folder} as {@link #open(Path, GitCredentials)} does, giving a
     * signing program (gpg, for {@code gpg.format=openpgp}) {@code environment} on top of the JVM's
     * own variables, such as the command's {@code GNUPGHOME}.
     *
     * @throws PromotionRefusedException when there is no git repository there
     */
    public static JGitGitOpsWorkspace open(Path folder, GitCredentials credentials, Map<String, String> environment) {
        File directory = folder.toAbsolutePath().normalize().toFile();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
        if (RepositoryCache.FileKey.isGitRepository(directory, FS.DETECTED)) {
            builder.setGitDir(directory);
        } else {
            builder.findGitDir(directory);
        }
        if (builder.getGitDir() == null) {
            throw new PromotionRefusedException(folder + " is not in a git repository; pass --repo DIR of a GitOps clone");
        }
        try {
            return new JGitGitOpsWorkspace(builder.build(), credentials, environment);
        } catch (RepositoryNotFoundException e) {
            throw new PromotionRefusedException(folder + " is not in a git repository; pass --repo DIR of a GitOps clone");
        } catch (IOException e) {
            throw new HistoryUnavailableException("cannot open the git repository at " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The repository, for adapters that read it directly. */
    public Repository repository() {
        return repository;
    }

    /** The working tree's root folder. */
    public Path workTree() {
        return repository.getWorkTree().toPath();
    }

    /** The URL configured for a remote name, or the argument itself when no remote has that name. */
    public String remoteUrl(String remote) {
        String url = repository.getConfig().getString("remote", remote, "url");
        return url == null ? remote : url;
    }

    /** A commit's raw bytes, as signed, for signature verification. */
    public byte[] rawCommit(String sha) {
        try {
            return repository.open(ObjectId.fromString(sha)).getCachedBytes();
        } catch (IOException e) {
            throw new HistoryUnavailableException("cannot read commit " + sha + " in " + repository.getDirectory()
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> readAtHead(String path) {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                return Optional.empty();
            }
            byte[] content = PathFollower.read(walk.getObjectReader(), walk.parseCommit(head), path, MAX_FILE_BYTES);
            return Optional.ofNullable(content).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new HistoryUnavailableException("cannot read " + path + " at HEAD of " + repository.getDirectory()
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Identity identity() {
        String email = repository.getConfig().getString("user", null, "email");
        if (email == null || email.isBlank()) {
            throw new PromotionRefusedException("git config user.email is not set: gantry records it as deployedBy "
                    + "and approvedBy; run 'git config user.email you@example.com'");
        }
        String name = repository.getConfig().getString("user", null, "name");
        return new Identity(name == null || name.isBlank() ? email : name, email);
    }

    @Override
    public String currentBranch() {
        try {
            String branch = repository.getFullBranch();
            if (branch == null || !branch.startsWith(Constants.R_HEADS)) {
                throw new PromotionRefusedException("HEAD is detached (" + branch + "): check out a branch first");
            }
            return Repository.shortenRefName(branch);
        } catch (IOException e) {
            throw new HistoryUnavailableException("cannot read HEAD of " + repository.getDirectory(), e);
        }
    }

    @Override
    public void requireUnchanged(String path) {
        if (repository.isBare()) {
            return;
        }
        try {
            Status status = Git.wrap(repository).status().addPath(path).call();
            Set<String> changed = status.getUncommittedChanges();
            if (changed.contains(path) || status.getUntracked().contains(path)) {
                throw new PromotionRefusedException(path + " has uncommitted changes; commit or stash them first");
            }
        } catch (GitAPIException e) {
            throw new HistoryUnavailableException("cannot read the status of " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String commit(PointerCommit commit) {
        if (!GitBranchName.isValid(commit.branch())) {
            throw new PromotionRefusedException(GitBranchName.refusal(commit.branch()));
        }
        requireInsideTheRepository(commit.path());
        if (commit.mode() == BranchMode.CURRENT_BRANCH && !repository.isBare() && !commit.branch().equals(currentBranch())) {
            throw new PromotionRefusedException("cannot commit on " + commit.branch() + ": " + currentBranch()
                    + " is checked out");
        }
        try {
            return new PointerCommitWriter(repository, environment).write(commit).name();
        } catch (IOException e) {
            throw new HistoryUnavailableException("cannot commit " + commit.path() + " in " + repository.getDirectory()
                    + ": " + e.getMessage(), e);
        }
    }

    private static void requireInsideTheRepository(String path) {
        boolean plain = !path.startsWith("/") && !path.contains("\\")
                && Arrays.stream(path.split("/", -1)).noneMatch(part -> part.isEmpty() || part.equals(".") || part.equals(".."));
        if (!plain) {
            throw new PromotionRefusedException("cannot commit '" + path + "': not a plain relative path inside the repository");
        }
    }

    @Override
    public void push(String branch, String remote) {
        new BranchPush(repository).push(branch, new RemoteAccess(repository, remote, credentials));
    }

    @Override
    public RecordsFetch fetchDeploymentRecords(String remote) {
        return new NotesFetch(repository).fetch(new RemoteAccess(repository, remote, credentials));
    }

    @Override
    public PointerHistory history() {
        return new JGitPointerHistory(repository);
    }

    @Override
    public void close() {
        repository.close();
    }
}
