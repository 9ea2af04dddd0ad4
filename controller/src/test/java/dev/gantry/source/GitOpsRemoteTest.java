package dev.gantry.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GitOpsRemoteTest {

    @Test
    void redactsUserInformationAndEverySecret() {
        GitOpsRemote remote = new GitOpsRemote("https://robot:s3cret-token@git.example.com/org/gitops.git", "main",
                GitCredentials.token("s3cret-token"));

        assertThat(remote.redactedUrl()).isEqualTo("https://git.example.com/org/gitops.git");
        assertThat(remote.redact("401 for https://robot:s3cret-token@git.example.com/x with s3cret-token"))
                .isEqualTo("401 for https://git.example.com/x with ****");
        assertThat(remote.toString()).doesNotContain("s3cret-token");
    }

    @Test
    void credentialsNeverPrintTheirSecrets() {
        assertThat(GitCredentials.token("t0ken").toString()).doesNotContain("t0ken");
        assertThat(new GitCredentials.Password("bob", "hunter2").toString()).contains("bob").doesNotContain("hunter2");
        assertThat(new GitCredentials.SshKey(Path.of("/keys/id"), Path.of("/keys/known_hosts"), "open-sesame").toString())
                .contains("/keys/id").doesNotContain("open-sesame");
    }

    @Test
    void configuredCredentialsWinOverTheTokenVariable() {
        GitCredentials configured = new GitCredentials.Password("bob", "hunter2");

        assertThat(GitCredentials.resolve(configured, Map.of(GitCredentials.TOKEN_VARIABLE, "t0ken"))).isSameAs(configured);
    }

    @Test
    void takesTheTokenVariableWhenNothingIsConfigured() {
        GitCredentials resolved = GitCredentials.resolve(GitCredentials.none(),
                Map.of(GitCredentials.TOKEN_VARIABLE, " t0ken\n"));

        assertThat(resolved).isEqualTo(new GitCredentials.Token(GitCredentials.TOKEN_USERNAME, "t0ken"));
        assertThat(GitCredentials.resolve(GitCredentials.none(), Map.of())).isInstanceOf(GitCredentials.None.class);
        assertThat(GitCredentials.resolve(GitCredentials.none(), Map.of(GitCredentials.TOKEN_VARIABLE, " ")))
                .isInstanceOf(GitCredentials.None.class);
    }

    @Test
    void refusesARefNameAsBranch() {
        assertThatThrownBy(() -> new GitOpsRemote("file:///tmp/x.git", "refs/heads/main", GitCredentials.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("branch name");
    }
}
