package dev.gantry.source.jgit;

import static dev.gantry.testing.git.GitOpsFiles.environment;
import static dev.gantry.testing.git.GitOpsFiles.environmentPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.source.GitCredentials;
import dev.gantry.source.GitOpsRemote;
import dev.gantry.source.SourceUnavailableException;
import dev.gantry.testing.git.GitOpsRemoteFixture;
import dev.gantry.testing.git.SmartHttpGitServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching the GitOps repository over smart HTTP with basic authentication, from an in-process JGit server. */
class GitOpsHttpFetchIT {

    private static final String TOKEN = "ghp_t0ken-for-the-test-only";

    @TempDir
    Path temp;

    private GitOpsRemoteFixture remote;
    private RevCommit head;
    private SmartHttpGitServer server;

    @BeforeEach
    void serveARepository() throws Exception {
        remote = GitOpsRemoteFixture.create(temp.resolve("served/gitops.git"));
        head = remote.commit("seed", Map.of(environmentPath("dev"), environment("dev", "{project}")));
        server = SmartHttpGitServer.start(temp.resolve("served"), GitCredentials.TOKEN_USERNAME, TOKEN);
    }

    @AfterEach
    void stop() {
        server.close();
        remote.close();
    }

    @Test
    void fetchesWithAToken() {
        assertThat(fetch(GitCredentials.token(TOKEN))).isEqualTo(head.name());
        assertThat(server.requests()).contains("GET /gitops.git/info/refs 401", "GET /gitops.git/info/refs 200",
                "POST /gitops.git/git-upload-pack 200");
    }

    @Test
    void fetchesWithTheTokenFromTheEnvironment() {
        GitCredentials credentials = GitCredentials.resolve(GitCredentials.none(), Map.of(GitCredentials.TOKEN_VARIABLE, TOKEN));

        assertThat(fetch(credentials)).isEqualTo(head.name());
    }

    @Test
    void fetchesWithAUserAndPassword() throws Exception {
        try (SmartHttpGitServer passwordServer = SmartHttpGitServer.start(temp.resolve("served"), "bob", "hunter2")) {
            GitOpsRemote remoteWithPassword = new GitOpsRemote(passwordServer.url("gitops.git"), "main",
                    new GitCredentials.Password("bob", "hunter2"));
            try (GitOpsMirror mirror = GitOpsMirror.open(temp.resolve("cache-password"), remoteWithPassword)) {
                assertThat(new JGitGitOpsRepository(mirror).fetch().sha()).isEqualTo(head.name());
            }
        }
    }

    @Test
    void aWrongTokenIsUnavailableAndNeverPrinted() {
        String wrong = "ghp_wrong-t0ken-never-printed";

        assertThatThrownBy(() -> fetch(GitCredentials.token(wrong)))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessage("cannot fetch from " + server.url("gitops.git") + ": not authorized")
                .satisfies(e -> assertThat(JGitGitOpsRepositoryIT.stackTraceOf(e)).doesNotContain(wrong).doesNotContain(TOKEN));
    }

    @Test
    void aTokenInTheUrlIsUsedAndNeverWrittenOrPrinted() throws Exception {
        GitOpsRemote withUserInfo = new GitOpsRemote(withUserInfo(TOKEN), "main", GitCredentials.none());
        try (GitOpsMirror mirror = GitOpsMirror.open(temp.resolve("cache-url"), withUserInfo)) {
            assertThat(new JGitGitOpsRepository(mirror).fetch().sha()).isEqualTo(head.name());
        }
        assertThat(filesContaining(temp.resolve("cache-url"), TOKEN)).isEmpty();

        GitOpsRemote wrong = new GitOpsRemote(withUserInfo("wrong-in-url"), "main", GitCredentials.none());
        try (GitOpsMirror mirror = GitOpsMirror.open(temp.resolve("cache-url"), wrong)) {
            assertThatThrownBy(() -> new JGitGitOpsRepository(mirror).fetch())
                    .isInstanceOf(SourceUnavailableException.class)
                    .hasMessageContaining("not authorized")
                    .satisfies(e -> assertThat(JGitGitOpsRepositoryIT.stackTraceOf(e)).doesNotContain("wrong-in-url"));
        }
    }

    private String withUserInfo(String secret) {
        return server.url("gitops.git").replace("://", "://" + GitCredentials.TOKEN_USERNAME + ":" + secret + "@");
    }

    /** Files under {@code folder} holding {@code secret}; a file that vanishes while scanning (auto-gc locks) is skipped. */
    private static List<Path> filesContaining(Path folder, String secret) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> contains(file, secret)).toList();
        }
    }

    private static boolean contains(Path file, String secret) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(secret);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void noCredentialsIsUnavailable() {
        assertThatThrownBy(() -> fetch(GitCredentials.none()))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessageContaining(server.url("gitops.git"));
    }

    private String fetch(GitCredentials credentials) {
        GitOpsRemote gitops = new GitOpsRemote(server.url("gitops.git"), "main", credentials);
        try (GitOpsMirror mirror = GitOpsMirror.open(temp.resolve("cache"), gitops)) {
            return new JGitGitOpsRepository(mirror).fetch().sha();
        }
    }
}
