package dev.gantry.promotion.jgit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@link GpgProgramSigner} treats a {@code gpg.program} that does not behave like gpg: small scripts stand in for it. */
class GpgProgramSignerIT {

    private static final PersonIdent ALICE = new PersonIdent("Alice", "alice@example.com");

    @TempDir
    Path temp;

    @Test
    void refusesASignatureWithoutTheSigCreatedStatus() throws Exception {
        GpgConfig config = programConfig(script("echo '-----BEGIN PGP SIGNATURE-----'\nexit 0\n"));

        assertThatThrownBy(() -> sign(config, Duration.ofSeconds(30)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("reported no SIG_CREATED signing with key <alice@example.com>");
    }

    @Test
    void passesTheArgumentsGitPassesThePayloadAndTheCommandsEnvironment() throws Exception {
        Path seen = temp.resolve("seen");
        Path payload = temp.resolve("payload");
        GpgConfig config = programConfig(script("echo \"$* $GNUPGHOME\" > '" + seen + "'\ncat > '" + payload + "'\n"
                + "echo '[GNUPG:] SIG_CREATED D 22 8 00 1 ABCD' >&2\necho signature\n"));

        byte[] signature = sign(config, Duration.ofSeconds(30));

        assertThat(new String(signature, StandardCharsets.US_ASCII)).isEqualTo("signature\n");
        assertThat(Files.readString(seen)).isEqualTo("--status-fd=2 -bsau <alice@example.com> /test/gnupg\n");
        assertThat(Files.readString(payload)).isEqualTo("tree 0\n");
    }

    @Test
    void stopsAProgramThatDoesNotFinishInTime() throws Exception {
        GpgConfig config = programConfig(script("exec sleep 60\n"));

        assertThatThrownBy(() -> sign(config, Duration.ofMillis(500)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("did not finish within");
    }

    private byte[] sign(GpgConfig config, Duration timeout) throws Exception {
        GpgProgramSigner signer = new GpgProgramSigner(Map.of("GNUPGHOME", "/test/gnupg"), timeout);
        String armored = signer.sign(null, config, "tree 0\n".getBytes(StandardCharsets.US_ASCII), ALICE, null, null)
                .toExternalString();
        return armored.getBytes(StandardCharsets.US_ASCII);
    }

    private Path script(String body) throws IOException {
        Path script = temp.resolve("fake-gpg");
        Files.writeString(script, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private static GpgConfig programConfig(Path program) {
        Config config = new Config();
        config.setString("gpg", null, "format", "openpgp");
        config.setString("gpg", "openpgp", "program", program.toString());
        return new GpgConfig(config);
    }
}
