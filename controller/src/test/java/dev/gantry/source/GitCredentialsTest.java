package dev.gantry.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Choosing git credentials from the environment, as the command line does, the same way {@code gantry serve} does. */
class GitCredentialsTest {

    @Test
    void takesNoCredentialsFromAnEmptyEnvironment() {
        assertThat(GitCredentials.fromEnvironment(Map.of())).isInstanceOf(GitCredentials.None.class);
    }

    @Test
    void sendsATokenAsThePasswordOfTheDefaultUser() {
        GitCredentials credentials = GitCredentials.fromEnvironment(Map.of("GANTRY_GIT_TOKEN", " t0ken\n"));

        assertThat(credentials).isEqualTo(new GitCredentials.Token("git", "t0ken"));
    }

    @Test
    void sendsATokenWithTheConfiguredUser() {
        GitCredentials credentials = GitCredentials.fromEnvironment(
                Map.of("GANTRY_GIT_TOKEN", "t0ken", "GANTRY_GIT_USERNAME", "x-access-token"));

        assertThat(credentials).isEqualTo(new GitCredentials.Token("x-access-token", "t0ken"));
    }

    @Test
    void prefersATokenToAPassword() {
        GitCredentials credentials = GitCredentials.fromEnvironment(
                Map.of("GANTRY_GIT_TOKEN", "t0ken", "GANTRY_GIT_PASSWORD", "hunter2", "GANTRY_GIT_USERNAME", "bob"));

        assertThat(credentials).isEqualTo(new GitCredentials.Token("bob", "t0ken"));
    }

    @Test
    void takesAPasswordWhenThereIsNoToken() {
        GitCredentials credentials = GitCredentials.fromEnvironment(
                Map.of("GANTRY_GIT_TOKEN", "  ", "GANTRY_GIT_PASSWORD", "hunter2", "GANTRY_GIT_USERNAME", "bob"));

        assertThat(credentials).isEqualTo(new GitCredentials.Password("bob", "hunter2"));
    }

    @Test
    void prefersAnSshKeyWithItsKnownHostsToEverythingElse() {
        GitCredentials credentials = GitCredentials.fromEnvironment(Map.of("GANTRY_GIT_SSHKEY", "/keys/id_ed25519",
                "GANTRY_GIT_KNOWNHOSTS", "/keys/known_hosts", "GANTRY_GIT_TOKEN", "t0ken"));

        assertThat(credentials).isEqualTo(new GitCredentials.SshKey(Path.of("/keys/id_ed25519"), Path.of("/keys/known_hosts")));
    }

    @Test
    void refusesAnSshKeyWithoutKnownHostsNamingTheVariableButNoSecret() {
        assertThatThrownBy(() -> GitCredentials.fromEnvironment(
                Map.of("GANTRY_GIT_SSHKEY", "/keys/id_ed25519", "GANTRY_GIT_TOKEN", "t0ken")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GANTRY_GIT_KNOWNHOSTS")
                .hasMessageNotContaining("t0ken");
    }

    @Test
    void choosesFromSettingsTheWayTheEnvironmentDoes() {
        assertThat(GitCredentials.choose(null, null, null, null, "hunter2"))
                .isEqualTo(new GitCredentials.Password("git", "hunter2"));
        assertThat(GitCredentials.choose(null, null, "", "bob", ""))
                .isInstanceOf(GitCredentials.None.class);
    }

    @Test
    void redactsUserInformationInUrlsAndEverySecret() {
        GitCredentials credentials = new GitCredentials.Token("git", "s3cret");

        assertThat(credentials.redact("https://git:other@host/x.git: not authorized, sent s3cret"))
                .isEqualTo("https://host/x.git: not authorized, sent ****");
        assertThat(GitCredentials.none().redact(null)).isEqualTo("null");
    }
}
