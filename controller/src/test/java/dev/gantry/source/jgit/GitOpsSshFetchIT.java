package dev.gantry.source.jgit;

import static dev.gantry.testing.git.GitOpsFiles.environment;
import static dev.gantry.testing.git.GitOpsFiles.environmentPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.source.GitCredentials;
import dev.gantry.source.GitOpsRemote;
import dev.gantry.source.SourceUnavailableException;
import dev.gantry.testing.git.GitOpsRemoteFixture;
import dev.gantry.testing.git.SshClientKey;
import dev.gantry.testing.git.SshGitServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching the GitOps repository over ssh with one private key and one known_hosts file, from an in-process server. */
class GitOpsSshFetchIT {

    @TempDir
    Path temp;

    private GitOpsRemoteFixture remote;
    private RevCommit head;
    private SshClientKey key;
    private SshGitServer server;
    private Path knownHosts;

    @BeforeEach
    void serveARepository() throws Exception {
        remote = GitOpsRemoteFixture.create(temp.resolve("served/gitops.git"));
        head = remote.commit("seed", Map.of(environmentPath("dev"), environment("dev", "{project}")));
        key = SshClientKey.generate(temp.resolve("keys/id_ecdsa"), null);
        server = SshGitServer.start(temp.resolve("served"), key.publicKey(), temp.resolve("host/ssh_host_ecdsa_key"));
        knownHosts = Files.writeString(temp.resolve("keys/known_hosts"), server.knownHostsLine() + "\n");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        remote.close();
    }

    @Test
    void fetchesWithAKeyTheServerKnows() {
        assertThat(fetch(new GitCredentials.SshKey(key.file(), knownHosts))).isEqualTo(head.name());
    }

    @Test
    void fetchesWithAKeyBehindAPassphrase() throws Exception {
        SshClientKey locked = SshClientKey.generate(temp.resolve("locked/id_ecdsa"), "open-sesame");
        try (SshGitServer lockedServer = SshGitServer.start(temp.resolve("served"), locked.publicKey(),
                temp.resolve("host-2/ssh_host_ecdsa_key"))) {
            Path hosts = Files.writeString(temp.resolve("locked/known_hosts"), lockedServer.knownHostsLine() + "\n");
            GitOpsRemote gitops = new GitOpsRemote(lockedServer.url("gitops.git"), "main",
                    new GitCredentials.SshKey(locked.file(), hosts, "open-sesame"));
            try (GitOpsMirror mirror = GitOpsMirror.open(temp.resolve("cache-locked"), gitops)) {
                assertThat(new JGitGitOpsRepository(mirror).fetch().sha()).isEqualTo(head.name());
            }
            GitOpsRemote withoutPassphrase = new GitOpsRemote(lockedServer.url("gitops.git"), "main",
                    new GitCredentials.SshKey(locked.file(), hosts));
            try (GitOpsMirror mirror = GitOpsMirror.open(temp.resolve("cache-no-passphrase"), withoutPassphrase)) {
                assertThatThrownBy(() -> new JGitGitOpsRepository(mirror).fetch())
                        .as("the key really is encrypted")
                        .isInstanceOf(SourceUnavailableException.class);
            }
        }
    }

    @Test
    void refusesAHostMissingFromKnownHosts() throws Exception {
        Path empty = Files.writeString(temp.resolve("keys/empty_known_hosts"), "");

        assertThatThrownBy(() -> fetch(new GitCredentials.SshKey(key.file(), empty)))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessageContaining("127.0.0.1")
                .hasMessageContaining("Server key did not validate");
    }

    @Test
    void aKeyTheServerDoesNotKnowIsUnavailable() throws Exception {
        SshClientKey stranger = SshClientKey.generate(temp.resolve("stranger/id_ecdsa"), null);

        assertThatThrownBy(() -> fetch(new GitCredentials.SshKey(stranger.file(), knownHosts)))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessageContaining(server.url("gitops.git").replace("git@", ""))
                .hasMessageContaining("Cannot log in");
    }

    private String fetch(GitCredentials credentials) {
        GitOpsRemote gitops = new GitOpsRemote(server.url("gitops.git"), "main", credentials);
        try (GitOpsMirror mirror = GitOpsMirror.open(temp.resolve("cache"), gitops)) {
            return new JGitGitOpsRepository(mirror).fetch().sha();
        }
    }
}
