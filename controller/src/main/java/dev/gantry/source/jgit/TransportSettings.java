package dev.gantry.source.jgit;

import dev.gantry.source.GitCredentials;
import dev.gantry.source.GitOpsRemote;
import java.net.URISyntaxException;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;

/**
 * Applies a remote's credentials and timeout to every fetch and push: https basic (configured, or
 * {@code user:secret@} in the URL), ssh key, or none.
 */
final class TransportSettings implements AutoCloseable {

    private final GitOpsRemote remote;
    private final CredentialsProvider credentials;
    private final SshdSessionFactory ssh;

    TransportSettings(GitOpsRemote remote) {
        this.remote = remote;
        this.credentials = credentialsFor(remote.credentials(), remote.url());
        this.ssh = remote.credentials() instanceof GitCredentials.SshKey key ? SshKeySessions.factory(key) : null;
    }

    /** Configures one command; returns it for chaining. */
    <C extends TransportCommand<C, ?>> C apply(C command) {
        command.setTimeout((int) Math.max(1, remote.timeout().toSeconds()));
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
