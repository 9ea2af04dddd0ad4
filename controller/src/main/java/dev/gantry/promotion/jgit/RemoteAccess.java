package dev.gantry.promotion.jgit;

import dev.gantry.source.GitCredentials;
import dev.gantry.source.GitOpsRemote;
import dev.gantry.source.jgit.TransportSettings;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;

/**
 * One remote of a clone, named as git's config names it or given as a URL, with the credentials
 * that reach it; everything it says about the remote is safe to print.
 */
final class RemoteAccess {

    private final Repository repository;
    private final String remote;
    private final GitCredentials credentials;

    RemoteAccess(Repository repository, String remote, GitCredentials credentials) {
        this.repository = repository;
        this.remote = remote;
        this.credentials = credentials;
    }

    /** The name or URL as given, for JGit's {@code setRemote}. */
    String name() {
        return remote;
    }

    /** The configured {@code remote.<name>.url}, or the name itself when it is a URL or path; empty when neither. */
    Optional<String> url() {
        String configured = repository.getConfig().getString("remote", remote, "url");
        if (configured != null) {
            return Optional.of(configured);
        }
        return remote.contains("/") || remote.contains(":") ? Optional.of(remote) : Optional.empty();
    }

    /** Credentials and timeout for one fetch or push; close it afterwards. */
    TransportSettings transport() {
        return new TransportSettings(credentials, url().orElse(remote), GitOpsRemote.DEFAULT_TIMEOUT);
    }

    /** {@code name (url)}, or the URL alone when the remote was given as one, without credentials. */
    String describe() {
        String url = redact(url().orElse(remote));
        return url.equals(redact(remote)) ? url : remote + " (" + url + ")";
    }

    /** The text without credentials: no {@code user:secret@} in URLs and no secret of the credentials. */
    String redact(String text) {
        return credentials.redact(text);
    }
}
