package dev.gantry.source.jgit;

import dev.gantry.source.CommitNotFoundException;
import dev.gantry.source.SourceRepository;
import dev.gantry.source.SourceSnapshot;
import dev.gantry.source.SourceUnavailableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;

/**
 * Reads source commits through a private bare mirror per source under a cache folder, fetching
 * only when the commit is not there yet. A user's clone is only ever read from, never written.
 */
public final class JGitSourceRepository implements SourceRepository {

    private static final RefSpec[] EVERYTHING = {
        new RefSpec("+refs/heads/*:refs/heads/*"), new RefSpec("+refs/tags/*:refs/tags/*")};

    private final Path cache;

    /** Keeps one bare mirror per source under {@code cache}. */
    public JGitSourceRepository(Path cache) {
        this.cache = cache;
    }

    @Override
    public SourceSnapshot snapshot(String source, String commit) {
        String location = SourceLocation.fetchUrl(source);
        Repository mirror = openMirror(location);
        try {
            ObjectId id = ObjectId.fromString(commit);
            if (!mirror.getObjectDatabase().has(id)) {
                fetch(mirror, location, source);
            }
            if (!mirror.getObjectDatabase().has(id)) {
                throw new CommitNotFoundException("commit " + commit + " is not in " + SourceLocation.redact(source)
                        + " (looked in every branch and tag)");
            }
            RevCommit revCommit;
            try (RevWalk walk = new RevWalk(mirror)) {
                revCommit = walk.parseCommit(id);
            }
            return new JGitSourceSnapshot(mirror, revCommit, SourceLocation.publicUrl(source));
        } catch (IOException e) {
            mirror.close();
            throw new SourceUnavailableException("cannot read commit " + commit + " of " + SourceLocation.redact(source), e);
        } catch (RuntimeException e) {
            mirror.close();
            throw e;
        }
    }

    private Repository openMirror(String location) {
        Path folder = cache.resolve(hash(location) + ".git");
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder.getParent());
                Git.init().setBare(true).setDirectory(folder.toFile()).call().close();
            }
            return new FileRepositoryBuilder().setGitDir(folder.toFile()).setMustExist(true).build();
        } catch (IOException | GitAPIException e) {
            throw new SourceUnavailableException("cannot prepare the source cache at " + folder, e);
        }
    }

    private static void fetch(Repository mirror, String location, String source) {
        try {
            Git.wrap(mirror).fetch().setRemote(location).setRefSpecs(EVERYTHING).setRemoveDeletedRefs(false).call();
        } catch (GitAPIException | RuntimeException e) {
            throw new SourceUnavailableException("cannot fetch " + SourceLocation.redact(source) + ": "
                    + SourceLocation.redact(String.valueOf(e.getMessage())), e);
        }
    }

    private static String hash(String location) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(location.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
