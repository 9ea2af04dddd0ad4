package dev.gantry.source.jgit;

import dev.gantry.source.GitOpsRemote;
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
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/**
 * A private bare mirror of the GitOps remote under a cache folder, shared by the repository
 * adapter and the git-notes audit log: it fetches and pushes with the remote's credentials and
 * reports failures as {@link SourceUnavailableException} without any secret in the message.
 */
public final class GitOpsMirror implements AutoCloseable {

    private final GitOpsRemote remote;
    private final Repository repository;
    private final TransportSettings transport;

    private GitOpsMirror(GitOpsRemote remote, Repository repository) {
        this.remote = remote;
        this.repository = repository;
        this.transport = new TransportSettings(remote);
    }

    /**
     * Opens the mirror of {@code remote} under {@code cache}, creating an empty bare repository the
     * first time; nothing is fetched yet.
     *
     * @throws SourceUnavailableException when the cache folder cannot be prepared
     */
    public static GitOpsMirror open(Path cache, GitOpsRemote remote) {
        Path folder = cache.resolve("gitops-" + hash(remote.redactedUrl()) + ".git");
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(cache);
                Git.init().setBare(true).setDirectory(folder.toFile()).call().close();
            }
            return new GitOpsMirror(remote, new FileRepositoryBuilder().setGitDir(folder.toFile()).setMustExist(true).build());
        } catch (IOException | GitAPIException | RuntimeException e) {
            throw new SourceUnavailableException("cannot prepare the mirror of " + remote.redactedUrl() + " at " + folder
                    + ": " + remote.redact(e.getMessage()), RedactedException.scrub(e, remote));
        }
    }

    /** The remote this mirrors. */
    public GitOpsRemote remote() {
        return remote;
    }

    /** The bare mirror, for reading objects and refs. */
    public Repository repository() {
        return repository;
    }

    /**
     * Fetches refs from the remote into the mirror.
     *
     * @throws SourceUnavailableException when the remote cannot be reached or refuses the credentials
     */
    public FetchResult fetch(RefSpec... refSpecs) {
        try {
            return transport.apply(Git.wrap(repository).fetch())
                    .setRemote(remote.url())
                    .setRefSpecs(refSpecs)
                    .setRemoveDeletedRefs(false)
                    .call();
        } catch (GitAPIException | RuntimeException e) {
            throw unavailable("fetch from", e);
        }
    }

    /**
     * Pushes one ref to the remote, never forcing it.
     *
     * @return the remote's answer for that ref; a rejection is an answer, not an exception
     * @throws SourceUnavailableException when the remote cannot be reached or refuses the credentials
     */
    public RemoteRefUpdate push(String ref) {
        try {
            Iterable<PushResult> results = transport.apply(Git.wrap(repository).push())
                    .setRemote(remote.url())
                    .setRefSpecs(new RefSpec(ref + ":" + ref))
                    .setAtomic(false)
                    .call();
            for (PushResult result : results) {
                RemoteRefUpdate update = result.getRemoteUpdate(ref);
                if (update != null) {
                    return update;
                }
            }
            throw new SourceUnavailableException("pushing " + ref + " to " + remote.redactedUrl()
                    + " gave no answer for that ref", null);
        } catch (GitAPIException | RuntimeException e) {
            if (e instanceof SourceUnavailableException unavailable) {
                throw unavailable;
            }
            throw unavailable("push " + ref + " to", e);
        }
    }

    private SourceUnavailableException unavailable(String action, Exception e) {
        String reason = remote.redact(e.getMessage());
        String url = remote.redactedUrl();
        if (reason.startsWith(url + ": ")) {
            reason = reason.substring(url.length() + 2);
        }
        return new SourceUnavailableException("cannot " + action + " " + url + ": " + reason,
                RedactedException.scrub(e, remote));
    }

    private static String hash(String location) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(location.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public void close() {
        transport.close();
        repository.close();
    }
}
