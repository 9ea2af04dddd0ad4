package dev.gantry.source.jgit;

import dev.gantry.source.ChangeSet;
import dev.gantry.source.Commit;
import dev.gantry.source.CommitNotFoundException;
import dev.gantry.source.FileCommit;
import dev.gantry.source.GitOpsRepository;
import dev.gantry.source.SourceUnavailableException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the GitOps repository from its private bare mirror: fetch the branch, diff trees, read blobs. */
public final class JGitGitOpsRepository implements GitOpsRepository {

    private static final Logger LOG = LoggerFactory.getLogger(JGitGitOpsRepository.class);
    private static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

    private final GitOpsMirror mirror;
    private final String branchRef;

    /**
     * Reads through {@code mirror}, watching the branch its remote names.
     *
     * @throws IllegalArgumentException when git would refuse that branch's name
     */
    public JGitGitOpsRepository(GitOpsMirror mirror) {
        if (!GitBranchName.isValid(mirror.remote().branch())) {
            throw new IllegalArgumentException("cannot watch the branch: " + GitBranchName.refusal(mirror.remote().branch()));
        }
        this.mirror = mirror;
        this.branchRef = Constants.R_HEADS + mirror.remote().branch();
    }

    @Override
    public Commit fetch() {
        mirror.fetch(new RefSpec("+" + branchRef + ":" + branchRef));
        Repository repository = mirror.repository();
        try (RevWalk walk = new RevWalk(repository)) {
            Ref head = repository.exactRef(branchRef);
            if (head == null) {
                throw new SourceUnavailableException("branch " + mirror.remote().branch() + " is not on "
                        + mirror.remote().redactedUrl(), null);
            }
            Commit commit = JGitCommits.toCommit(walk.parseCommit(head.getObjectId()));
            LOG.debug("fetched {} of {} at {}", branchRef, mirror.remote().redactedUrl(), commit.sha());
            return commit;
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot read " + branchRef + " in the mirror of "
                    + mirror.remote().redactedUrl(), e);
        }
    }

    @Override
    public ChangeSet changesBetween(String fromCommit, String toCommit) {
        try (ObjectReader reader = mirror.repository().newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            RevCommit to = parse(walk, toCommit);
            RevCommit from = fromCommit == null ? null : parse(walk, fromCommit);
            return new ChangeSet(fromCommit, to.name(), TreeDiff.between(reader, from == null ? null : from.getTree(), to.getTree()));
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot diff " + fromCommit + ".." + toCommit + " in the mirror of "
                    + mirror.remote().redactedUrl(), e);
        }
    }

    @Override
    public Optional<byte[]> read(String commit, String path) {
        Repository repository = mirror.repository();
        try (RevWalk walk = new RevWalk(repository)) {
            Optional<LinkFreePath.Entry> entry = LinkFreePath.find(walk.getObjectReader(), parse(walk, commit).getTree(), path);
            if (entry.isEmpty() || !entry.get().isFile()) {
                return Optional.empty();
            }
            return Optional.of(repository.open(entry.get().id()).getCachedBytes(MAX_FILE_BYTES));
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot read " + path + " at " + commit, e);
        }
    }

    @Override
    public List<String> list(String commit, String folder) {
        Repository repository = mirror.repository();
        try (RevWalk walk = new RevWalk(repository); TreeWalk children = new TreeWalk(repository)) {
            RevCommit revCommit = parse(walk, commit);
            String path = folder.replaceAll("^/+|/+$", "");
            if (path.isEmpty()) {
                children.addTree(revCommit.getTree());
            } else {
                Optional<LinkFreePath.Entry> entry = LinkFreePath.find(walk.getObjectReader(), revCommit.getTree(), path);
                if (entry.isEmpty() || entry.get().mode() != FileMode.TREE) {
                    return List.of();
                }
                children.addTree(entry.get().id());
            }
            List<String> names = new ArrayList<>();
            while (children.next()) {
                names.add(children.getNameString() + (children.isSubtree() ? "/" : ""));
            }
            return names;
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot list " + folder + " at " + commit, e);
        }
    }

    @Override
    public List<FileCommit> history(String commit, String path, int maxCount) {
        try (RevWalk walk = new RevWalk(mirror.repository())) {
            return PathHistory.of(walk, parse(walk, commit), path, maxCount, MAX_FILE_BYTES);
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot walk the history of " + path + " from " + commit, e);
        }
    }

    private RevCommit parse(RevWalk walk, String commit) throws IOException {
        try {
            return walk.parseCommit(ObjectId.fromString(commit));
        } catch (MissingObjectException e) {
            throw new CommitNotFoundException("commit " + commit + " is not in the mirror of "
                    + mirror.remote().redactedUrl() + " (was the branch rewritten?)");
        }
    }
}
