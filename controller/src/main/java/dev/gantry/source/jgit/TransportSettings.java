package dev.gantry.source.jgit;

import dev.gantry.source.GitCredentials;
import dev.gantry.source.GitOpsRemote;
import java.net.URISyntaxException;
import java.time.Duration;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;

/**
 * Applies a remote's credentials and timeout to every fetch and push: https basic (configured, or
 * {@code user:secret@} in the URL), ssh key, or none. With no credentials, JGit's defaults apply
 * (for ssh: the keys and known_hosts of {@code ~/.ssh}).
 */
public final class TransportSettings implements AutoCloseable {

    private final Duration timeout;
    private final CredentialsProvider credentials;
    private final SshdSessionFactory ssh;

    TransportSettings(GitOpsRemote remote) {
        this(remote.credentials(), remote.url(), remote.timeout());
    }

    /**
     * Settings for one remote.
     *
     * @param credentials how to authenticate
     * @param url the remote's URL, whose {@code user:secret@} part is sent when {@code credentials} has none
     * @param timeout how long one network operation may stall before it fails
     */
    public TransportSettings(GitCredentials credentials, String url, Duration timeout) {
        this.timeout = timeout;
        this.credentials = credentialsFor(credentials, url);
        this.ssh = credentials instanceof GitCredentials.SshKey key ? SshKeySessions.factory(key) : null;
    }

    /** Configures one fetch, push or ls-remote command; returns it for chaining. */
    public <C extends TransportCommand<C, ?>> C apply(C command) {
        command.setTimeout((int) Math.max(1, timeout.toSeconds()));
        if (credentials != null) {
            command.setCredentialsProvider(credentials);
        }
        if (ssh != null) {
            command.setTransportConfigCallback(transport -> {
                if (transport instanceof SshTransport sshTransport) {
                    sshTransport.setSshSessionFactory(ssh);
                }
            });
        }
        return command;
    }

    private static CredentialsProvider credentialsFor(GitCredentials credentials, String url) {
        if (credentials instanceof GitCredentials.Token token) {
            return new UsernamePasswordCredentialsProvider(token.username(), token.token());
        }
        if (credentials instanceof GitCredentials.Password password) {
            return new UsernamePasswordCredentialsProvider(password.username(), password.password());
        }
        if (credentials instanceof GitCredentials.SshKey key && key.passphrase() != null) {
            return new UsernamePasswordCredentialsProvider("", key.passphrase());
        }
        return userInfo(url);
    }

    /** {@code https://user:secret@host/...}: JGit only sends URL credentials when some provider is set. */
    private static CredentialsProvider userInfo(String url) {
        try {
            URIish uri = new URIish(url);
            return uri.getUser() != null && uri.getPass() != null
                    ? new UsernamePasswordCredentialsProvider(uri.getUser(), uri.getPass()) : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    @Override
    public void close() {
        if (ssh != null) {
            ssh.close();
        }
    }
}
