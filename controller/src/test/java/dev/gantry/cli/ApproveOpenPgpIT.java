package dev.gantry.cli;

import static dev.gantry.cli.GitOpsScenario.PRODUCTION_POINTER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.signing.AllowedSigners;
import dev.gantry.signing.SignatureCheck;
import dev.gantry.signing.jgit.JGitSignatureVerifier;
import dev.gantry.testing.git.GitOpsClone;
import dev.gantry.testing.git.GnuPgHome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** {@code gantry approve} with {@code gpg.format=openpgp}: signed by the real gpg, in a home made for the test. */
class ApproveOpenPgpIT {

    @TempDir
    Path temp;

    private GitOpsScenario scenario;
    private GitOpsClone repo;
    private GnuPgHome gnupg;

    @BeforeEach
    void promoteToProduction() throws Exception {
        scenario = GitOpsScenario.create(temp.resolve("gitops"));
        repo = scenario.repo();
        CliRun promote = scenario.gantry("promote", "platform/hello", "--from", "staging", "--to", "production",
                "--allow-unverified");
        assertThat(promote.exitCode()).as(promote.err()).isZero();
        repo.identity("Alice", "alice@example.com");
    }

    @AfterEach
    void close() throws Exception {
        if (gnupg != null) {
            gnupg.close();
        }
        scenario.close();
    }

    @Test
    void signsTheApprovalWithGpgSoThatItVerifiesAgainstTheExportedKey() throws Exception {
        gnupg = GnuPgHome.create(temp.resolve("gnupg"));
        gnupg.generateKey("Alice <alice@example.com>");
        signWithOpenPgp("alice@example.com");

        CliRun run = scenario.gantryWith(gnupg.environment(), "approve", "platform/hello", "--env", "production");

        assertThat(run.exitCode()).as(run.err()).isZero();
        byte[] commit = rawHead();
        assertThat(new String(commit, StandardCharsets.UTF_8)).contains("gpgsig -----BEGIN PGP SIGNATURE-----");
        String publicKey = gnupg.armoredPublicKeys();
        SignatureCheck check = new JGitSignatureVerifier(temp.resolve("verify"))
                .verify(commit, new AllowedSigners("allowed_signers", publicKey.getBytes(StandardCharsets.US_ASCII)));
        assertThat(check.render()).as(String.valueOf(check.detail())).isEqualTo("good alice@example.com");

        scenario.keepAllowedSigners(publicKey);
        CliRun history = scenario.gantry("history", "platform/hello", "--env", "production", "--output", "json");
        var approval = JsonMapper.builder().build().readTree(history.out()).get(0);
        assertThat(approval.path("kind").stringValue()).isEqualTo("approve");
        assertThat(approval.path("signature").stringValue()).isEqualTo("good alice@example.com");
    }

    @Test
    void asksGpgForTheCommitterEmailWhenNoSigningKeyIsSet() throws Exception {
        gnupg = GnuPgHome.create(temp.resolve("gnupg"));
        gnupg.generateKey("Alice <alice@example.com>");
        signWithOpenPgp(null);

        CliRun run = scenario.gantryWith(gnupg.environment(), "approve", "platform/hello", "--env", "production");

        assertThat(run.exitCode()).as(run.err()).isZero();
        SignatureCheck check = new JGitSignatureVerifier(temp.resolve("verify")).verify(rawHead(),
                new AllowedSigners("allowed_signers", gnupg.armoredPublicKeys().getBytes(StandardCharsets.US_ASCII)));
        assertThat(check.verifiesFor("alice@example.com")).as(check.render()).isTrue();
    }

    @Test
    void refusesAndCommitsNothingWhenGpgHasNoSecretKeyForTheSigningKey() throws Exception {
        gnupg = GnuPgHome.create(temp.resolve("gnupg"));
        gnupg.generateKey("Alice <alice@example.com>");
        signWithOpenPgp("nobody@example.com");
        ObjectId before = repo.repository().resolve(Constants.HEAD);

        CliRun run = scenario.gantryWith(gnupg.environment(), "approve", "platform/hello", "--env", "production");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).startsWith("gantry: commit.gpgSign is true but the commit could not be signed: "
                + "gpg exited with 2 signing with key nobody@example.com: ");
        assertThat(run.err()).contains("No secret key");
        assertThat(repo.repository().resolve(Constants.HEAD)).isEqualTo(before);
        assertThat(repo.read(PRODUCTION_POINTER)).doesNotContain("approvedBy");
    }

    @Test
    void refusesAndCommitsNothingWhenTheGpgProgramDoesNotExist() throws Exception {
        signWithOpenPgp("alice@example.com");
        StoredConfig config = repo.repository().getConfig();
        config.setString("gpg", null, "program", temp.resolve("no-such-gpg").toString());
        config.save();
        ObjectId before = repo.repository().resolve(Constants.HEAD);

        CliRun run = scenario.gantry("approve", "platform/hello", "--env", "production");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).startsWith("gantry: commit.gpgSign is true but the commit could not be signed: ")
                .contains("no-such-gpg");
        assertThat(repo.repository().resolve(Constants.HEAD)).isEqualTo(before);
        assertThat(repo.read(PRODUCTION_POINTER)).doesNotContain("approvedBy");
    }

    /** Configures the clone as {@code git config} would for OpenPGP signing; a null key leaves user.signingKey unset. */
    private void signWithOpenPgp(String signingKey) throws Exception {
        StoredConfig config = repo.repository().getConfig();
        config.setBoolean("commit", null, "gpgSign", true);
        config.setString("gpg", null, "format", "openpgp");
        if (signingKey != null) {
            config.setString("user", null, "signingKey", signingKey);
        }
        config.save();
    }

    private byte[] rawHead() throws Exception {
        return repo.repository().open(repo.repository().resolve(Constants.HEAD)).getCachedBytes();
    }
}
