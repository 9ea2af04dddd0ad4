package dev.gantry.testing.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway GnuPG home folder for the real {@code gpg} on PATH: keys are generated there without
 * a passphrase, and {@link #close()} stops the gpg-agent that gpg starts for it. Tests that need it
 * are skipped when gpg is not installed.
 */
public final class GnuPgHome implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 60;

    private final Path folder;

    private GnuPgHome(Path folder) {
        this.folder = folder;
    }

    /** Creates an empty home in {@code folder} (mode 0700); aborts the test when {@code gpg} cannot run. */
    public static GnuPgHome create(Path folder) throws IOException, InterruptedException {
        if (!gpgRuns()) {
            Assumptions.abort("gpg is not on PATH (Debian package gnupg): OpenPGP signing by gpg is not tested");
        }
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        return new GnuPgHome(folder);
    }

    /** The variables that point gpg at this home, for the command's environment. */
    public Map<String, String> environment() {
        return Map.of("GNUPGHOME", folder.toString());
    }

    /** Generates an ed25519 signing key for {@code userId} (such as {@code Alice <alice@example.com>}), no passphrase, no expiry. */
    public void generateKey(String userId) throws IOException, InterruptedException {
        gpg("--batch", "--passphrase", "", "--quick-gen-key", userId, "ed25519", "sign", "never");
    }

    /** The public keys of this home, armored, as {@code gpg --armor --export} writes them. */
    public String armoredPublicKeys() throws IOException, InterruptedException {
        return gpg("--armor", "--export");
    }

    /** Runs gpg with this home; returns its standard output, failing on a non-zero exit. */
    private String gpg(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("gpg", "--homedir", folder.toString()));
        command.addAll(List.of(arguments));
        Path log = folder.getParent().resolve(folder.getFileName() + ".log");
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s");
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + process.exitValue() + ": " + Files.readString(log));
        }
        return out;
    }

    private static boolean gpgRuns() throws InterruptedException {
        try {
            Process process = new ProcessBuilder("gpg", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the gpg-agent of this home, which gpg started and which would outlive the test otherwise. */
    @Override
    public void close() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("gpgconf", "--homedir", folder.toString(), "--kill", "all")
                .redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
