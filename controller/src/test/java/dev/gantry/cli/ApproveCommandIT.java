package dev.gantry.cli;

import static dev.gantry.cli.GitOpsScenario.PRODUCTION_POINTER;
import static dev.gantry.cli.GitOpsScenario.STAGING_RELEASE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.testing.git.GitOpsClone;
import dev.gantry.testing.git.SshClientKey;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.SignatureVerifier.SignatureVerification;
import org.eclipse.jgit.lib.SignatureVerifiers;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class ApproveCommandIT {

    private static final String BRANCH = "promote/production/platform-hello-" + STAGING_RELEASE.substring(0, 7);

    @TempDir
    Path temp;

    private GitOpsScenario scenario;
    private GitOpsClone repo;

    @BeforeEach
    void promoteToProduction() throws Exception {
        scenario = GitOpsScenario.create(temp);
        repo = scenario.repo();
        CliRun promote = scenario.gantry("promote", "platform/hello", "--from", "staging", "--to", "production",
                "--allow-unverified");
        assertThat(promote.exitCode()).as(promote.err()).isZero();
    }

    @AfterEach
    void close() {
        scenario.close();
    }

    @Test
    void recordsASignedApprovalWithAKeyMadeInTheTestAndPushesIt() throws Exception {
        Path allowedSigners = signWithNewSshKey("alice@example.com");
        repo.identity("Alice", "alice@example.com");

        CliRun run = scenario.gantry("approve", "platform/hello", "--env", "production", "--push");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("approve: platform/hello production (" + STAGING_RELEASE.substring(0, 7) + ")")
                .contains("pushed " + BRANCH + " to origin");
        RevCommit commit = PromoteCommandIT.commitAt(repo.remote(), BRANCH);
        assertThat(commit.getFooterLines("Approved-by")).containsExactly("Alice <alice@example.com>");
        assertThat(commit.getFooterLines("Gantry-Environment")).containsExactly("production");
        assertThat(PromoteCommandIT.changedPaths(repo.remote(), commit)).containsExactly(PRODUCTION_POINTER);
        assertThat(repo.read(PRODUCTION_POINTER)).contains("approvedBy: alice@example.com").contains("approvedAt: ");
        assertThat(new String(commit.getRawGpgSignature())).startsWith("-----BEGIN SSH SIGNATURE-----");
        StoredConfig config = repo.repository().getConfig();
        config.setString("gpg", "ssh", "allowedSignersFile", allowedSigners.toString());
        SignatureVerification verification = SignatureVerifiers.verify(repo.repository(), new GpgConfig(config), commit);
        assertThat(verification.verified()).as(verification.toString()).isTrue();

        CliRun unverified = scenario.gantry("history", "platform/hello", "--env", "production", "--output", "json");
        assertThat(JsonMapper.builder().build().readTree(unverified.out()).get(0).path("signature").stringValue())
                .isEqualTo("unverified");
        scenario.keepAllowedSigners(Files.readString(allowedSigners));

        CliRun history = scenario.gantry("history", "platform/hello", "--env", "production", "--output", "json");
        var latest = JsonMapper.builder().build().readTree(history.out()).get(0);
        assertThat(latest.path("kind").stringValue()).isEqualTo("approve");
        assertThat(latest.path("signature").stringValue()).isEqualTo("good alice@example.com");
        assertThat(latest.path("approvals").get(0).stringValue()).isEqualTo("Alice <alice@example.com>");
    }

    @Test
    void treatsARemoteWithoutPushAsAUsageErrorSinceApproveFetchesNothing() throws Exception {
        repo.identity("Alice", "alice@example.com");

        CliRun run = scenario.gantry("approve", "platform/hello", "--env", "production", "--remote", "upstream");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--remote needs --push");
    }

    @Test
    void refusesSomeoneWhoIsNotAnApprover() {
        CliRun run = scenario.gantry("approve", "platform/hello", "--env", "production");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).startsWith("gantry: dev@example.com is not an approver of production; approvers: "
                + "alice@example.com, bob@example.com");
    }

    @Test
    void refusesAnEnvironmentThatDoesNotRequireApproval() throws Exception {
        repo.identity("Alice", "alice@example.com");

        CliRun run = scenario.gantry("approve", "platform/hello", "--env", "staging");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).startsWith("gantry: staging does not require approval");
    }

    @Test
    void refusesToCommitUnsignedWhenSigningIsAskedForButImpossible() throws Exception {
        repo.identity("Alice", "alice@example.com");
        StoredConfig config = repo.repository().getConfig();
        config.setBoolean("commit", null, "gpgSign", true);
        config.setString("gpg", null, "format", "ssh");
        config.setString("user", null, "signingKey", temp.resolve("no-such-key").toString());
        config.save();

        CliRun run = scenario.gantry("approve", "platform/hello", "--env", "production");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).startsWith("gantry: commit.gpgSign is true but the commit could not be signed");
        assertThat(repo.read(PRODUCTION_POINTER)).doesNotContain("approvedBy");
    }

    /** Configures the clone to sign with a fresh SSH key; returns an allowed-signers file naming it for {@code email}. */
    private Path signWithNewSshKey(String email) throws Exception {
        SshClientKey key = SshClientKey.generate(temp.resolve("keys/id_ecdsa"), null);
        String publicKey = PublicKeyEntry.toString(key.publicKey());
        Files.writeString(temp.resolve("keys/id_ecdsa.pub"), publicKey + "\n");
        StoredConfig config = repo.repository().getConfig();
        config.setBoolean("commit", null, "gpgSign", true);
        config.setString("gpg", null, "format", "ssh");
        config.setString("user", null, "signingKey", key.file().toString());
        config.save();
        Path allowedSigners = temp.resolve("allowed_signers");
        Files.writeString(allowedSigners, email + " " + publicKey + "\n");
        return allowedSigners;
    }
}
