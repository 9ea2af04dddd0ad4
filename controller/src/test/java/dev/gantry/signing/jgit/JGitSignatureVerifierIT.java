package dev.gantry.signing.jgit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.signing.AllowedSigners;
import dev.gantry.signing.AllowedSignersInvalidException;
import dev.gantry.signing.SignatureCheck;
import dev.gantry.signing.SignatureStatus;
import dev.gantry.testing.git.OpenPgpSigningKey;
import dev.gantry.testing.git.SshSigningKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real commits signed in a real repository with keys made here, verified against allowed signers. */
class JGitSignatureVerifierIT {

    private static final PersonIdent ALICE = new PersonIdent("Alice", "alice@example.com");

    @TempDir
    Path temp;

    private Git git;
    private JGitSignatureVerifier verifier;
    private int counter;

    @BeforeEach
    void setUp() throws Exception {
        git = Git.init().setDirectory(temp.resolve("repo").toFile()).setInitialBranch("main").call();
        verifier = new JGitSignatureVerifier(temp.resolve("work"));
    }

    @AfterEach
    void tearDown() {
        git.close();
    }

    @Test
    void anSshSignatureByAnAllowedSignerIsGoodForItsPrincipal() throws Exception {
        SshSigningKey alice = SshSigningKey.generate(temp.resolve("keys/alice"));

        SignatureCheck check = verifier.verify(raw(sshSigned(alice)), signers(alice.allowedSignersLine("alice@example.com", "")));

        assertThat(check.status()).as(String.valueOf(check.detail())).isEqualTo(SignatureStatus.GOOD);
        assertThat(check.format()).isEqualTo("ssh");
        assertThat(check.render()).isEqualTo("good alice@example.com");
        assertThat(check.verifiesFor("alice@example.com")).isTrue();
        assertThat(check.verifiesFor("bob@example.com")).isFalse();
    }

    @Test
    void anUnsignedCommitIsNone() throws Exception {
        SshSigningKey alice = SshSigningKey.generate(temp.resolve("keys/alice"));

        SignatureCheck check = verifier.verify(raw(commit().call()), signers(alice.allowedSignersLine("alice@example.com", "")));

        assertThat(check.status()).isEqualTo(SignatureStatus.NONE);
        assertThat(check.render()).isEqualTo("none");
        assertThat(check.verifiesFor("alice@example.com")).isFalse();
    }

    @Test
    void anSshSignedCommitChangedAfterSigningIsBad() throws Exception {
        SshSigningKey alice = SshSigningKey.generate(temp.resolve("keys/alice"));

        SignatureCheck check = verifier.verify(tampered(sshSigned(alice)), signers(alice.allowedSignersLine("alice@example.com", "")));

        assertThat(check.status()).isEqualTo(SignatureStatus.BAD);
        assertThat(check.verifiesFor("alice@example.com")).isFalse();
    }

    @Test
    void anSshKeyTheFileDoesNotListIsUnknown() throws Exception {
        SshSigningKey alice = SshSigningKey.generate(temp.resolve("keys/alice"));
        SshSigningKey mallory = SshSigningKey.generate(temp.resolve("keys/mallory"));

        SignatureCheck check = verifier.verify(raw(sshSigned(mallory)), signers(alice.allowedSignersLine("alice@example.com", "")));

        assertThat(check.status()).isEqualTo(SignatureStatus.UNKNOWN_KEY);
        assertThat(check.render()).isEqualTo("unknown-key");
    }

    @Test
    void anSshKeyValidOnlyBeforeTheCommitIsExpired() throws Exception {
        SshSigningKey alice = SshSigningKey.generate(temp.resolve("keys/alice"));

        SignatureCheck check = verifier.verify(raw(sshSigned(alice)),
                signers(alice.allowedSignersLine("alice@example.com", "valid-before=20200101Z")));

        assertThat(check.status()).isEqualTo(SignatureStatus.EXPIRED);
    }

    @Test
    void theSshPrincipalsAreTheIdentitiesNotTheCommitAuthor() throws Exception {
        SshSigningKey alice = SshSigningKey.generate(temp.resolve("keys/alice"));

        SignatureCheck check = verifier.verify(raw(sshSigned(alice)),
                signers(alice.allowedSignersLine("bob@example.com,carol@example.com", "")));

        assertThat(check.identities()).containsExactly("bob@example.com", "carol@example.com");
        assertThat(check.verifiesFor("alice@example.com")).isFalse();
    }

    @Test
    void anOpenPgpSignatureByAKeyInTheKeyringIsGoodForItsUserIdEmail() throws Exception {
        OpenPgpSigningKey alice = OpenPgpSigningKey.generate("Alice <alice@example.com>");

        SignatureCheck check = verifier.verify(raw(openPgpSigned(alice)), signers(alice.armoredPublicKey()));

        assertThat(check.status()).as(String.valueOf(check.detail())).isEqualTo(SignatureStatus.GOOD);
        assertThat(check.format()).isEqualTo("openpgp");
        assertThat(check.render()).isEqualTo("good alice@example.com");
    }

    @Test
    void anOpenPgpSignedCommitChangedAfterSigningIsBad() throws Exception {
        OpenPgpSigningKey alice = OpenPgpSigningKey.generate("Alice <alice@example.com>");

        SignatureCheck check = verifier.verify(tampered(openPgpSigned(alice)), signers(alice.armoredPublicKey()));

        assertThat(check.status()).isEqualTo(SignatureStatus.BAD);
    }

    @Test
    void anOpenPgpKeyTheKeyringDoesNotHoldIsUnknown() throws Exception {
        OpenPgpSigningKey alice = OpenPgpSigningKey.generate("Alice <alice@example.com>");
        OpenPgpSigningKey mallory = OpenPgpSigningKey.generate("Mallory <alice@example.com>");

        SignatureCheck check = verifier.verify(raw(openPgpSigned(mallory)), signers(alice.armoredPublicKey()));

        assertThat(check.status()).isEqualTo(SignatureStatus.UNKNOWN_KEY);
        assertThat(check.detail()).contains(".gantry/allowed_signers");
    }

    @Test
    void anOpenPgpKeyThatExpiredBeforeSigningIsExpired() throws Exception {
        OpenPgpSigningKey old = OpenPgpSigningKey.generate("Alice <alice@example.com>",
                Instant.now().minus(Duration.ofDays(2)), Duration.ofDays(1));

        SignatureCheck check = verifier.verify(raw(openPgpSigned(old)), signers(old.armoredPublicKey()));

        assertThat(check.status()).isEqualTo(SignatureStatus.EXPIRED);
    }

    @Test
    void anAllowedSignersFileThatIsNotOpenSshIsRefusedWithItsPath() throws Exception {
        SshSigningKey alice = SshSigningKey.generate(temp.resolve("keys/alice"));

        assertThatThrownBy(() -> verifier.verify(raw(sshSigned(alice)), signers("alice@example.com not-a-key\n")))
                .isInstanceOf(AllowedSignersInvalidException.class)
                .hasMessageStartingWith("allowed signers file .gantry/allowed_signers is not a valid OpenSSH allowed-signers file")
                .hasMessageNotContaining(temp.toString());
    }

    @Test
    void anOpenPgpSignatureAgainstAnSshAllowedSignersFileIsRefused() throws Exception {
        OpenPgpSigningKey alice = OpenPgpSigningKey.generate("Alice <alice@example.com>");
        SshSigningKey sshAlice = SshSigningKey.generate(temp.resolve("keys/alice"));

        assertThatThrownBy(() -> verifier.verify(raw(openPgpSigned(alice)), signers(sshAlice.allowedSignersLine("alice@example.com", ""))))
                .isInstanceOf(AllowedSignersInvalidException.class)
                .hasMessageStartingWith("allowed signers file .gantry/allowed_signers is not an OpenPGP public keyring");
    }

    private CommitCommand commit() throws Exception {
        Path file = git.getRepository().getWorkTree().toPath().resolve("file.txt");
        Files.writeString(file, "change " + ++counter + "\n");
        git.add().addFilepattern("file.txt").call();
        return git.commit().setMessage("approve: change " + counter).setAuthor(ALICE).setCommitter(ALICE);
    }

    private RevCommit sshSigned(SshSigningKey key) throws Exception {
        return commit().setGpgConfig(key.gpgConfig()).setSign(true).setSigningKey(key.file().toString()).call();
    }

    private RevCommit openPgpSigned(OpenPgpSigningKey key) throws Exception {
        return commit().setGpgConfig(OpenPgpSigningKey.gpgConfig()).setSign(true).setSigner(key).call();
    }

    private byte[] raw(RevCommit commit) throws Exception {
        return git.getRepository().open(commit).getCachedBytes();
    }

    /** The same commit with its message changed after signing, signature header kept. */
    private byte[] tampered(RevCommit commit) throws Exception {
        String text = new String(raw(commit), StandardCharsets.UTF_8);
        assertThat(text).contains("gpgsig ").contains("approve: change");
        return text.replace("approve: change", "approve: chAnge").getBytes(StandardCharsets.UTF_8);
    }

    private static AllowedSigners signers(String content) {
        return new AllowedSigners(".gantry/allowed_signers", content.getBytes(StandardCharsets.UTF_8));
    }
}
