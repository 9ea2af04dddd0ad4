package dev.gantry.promotion.jgit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.GpgSignature;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.Signer;
import org.eclipse.jgit.transport.CredentialsProvider;

/**
 * Signs in OpenPGP format the way git does: runs {@code gpg.openpgp.program}, else {@code gpg.program},
 * else {@code gpg}, as {@code <program> --status-fd=2 -bsau <key>} with the payload on standard
 * input, takes the armored signature from standard output, and accepts it only when the program
 * exits 0 and reports {@code [GNUPG:] SIG_CREATED}. The key is {@code user.signingKey}, else the
 * committer's email in angle brackets, which gpg matches exactly against its user IDs.
 */
final class GpgProgramSigner implements Signer {

    /** How long gpg may take, a passphrase prompt included. */
    static final Duration TIMEOUT = Duration.ofMinutes(2);

    private static final String DEFAULT_PROGRAM = "gpg";
    private static final String SIG_CREATED = "[GNUPG:] SIG_CREATED ";
    private static final String STATUS_PREFIX = "[GNUPG:] ";

    private final ExternalProgram runner;

    /**
     * Creates the signer.
     *
     * @param environment variables for gpg on top of the JVM's, such as {@code GNUPGHOME}
     * @param timeout how long gpg may run before it is stopped
     */
    GpgProgramSigner(Map<String, String> environment, Duration timeout) {
        this.runner = new ExternalProgram(environment, timeout);
    }

    @Override
    public GpgSignature sign(Repository repository, GpgConfig config, byte[] data, PersonIdent committer,
            String signingKey, CredentialsProvider credentials) throws IOException {
        String program = program(config);
        String key = key(signingKey, committer);
        ExternalProgram.Output output = runner.run(List.of(program, "--status-fd=2", "-bsau", key), data);
        String status = new String(output.stderr(), StandardCharsets.UTF_8);
        if (output.exitCode() != 0) {
            throw new IOException(program + " exited with " + output.exitCode() + " signing with key " + key
                    + ": " + firstMessage(status));
        }
        if (!status.contains(SIG_CREATED) || output.stdout().length == 0) {
            throw new IOException(program + " reported no SIG_CREATED signing with key " + key + ": " + firstMessage(status));
        }
        return new GpgSignature(output.stdout());
    }

    @Override
    public boolean canLocateSigningKey(Repository repository, GpgConfig config, PersonIdent committer,
            String signingKey, CredentialsProvider credentials) {
        String program = program(config);
        try {
            List<String> command = List.of(program, "--batch", "--list-secret-keys", key(signingKey, committer));
            return runner.run(command, new byte[0]).exitCode() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static String program(GpgConfig config) {
        String configured = config.getProgram();
        return configured == null || configured.isBlank() ? DEFAULT_PROGRAM : configured;
    }

    private static String key(String signingKey, PersonIdent committer) {
        return signingKey == null || signingKey.isBlank() ? "<" + committer.getEmailAddress() + ">" : signingKey;
    }

    /** The first line gpg wrote for people (not a status line), such as {@code gpg: skipped "x": No secret key}. */
    private static String firstMessage(String stderr) {
        return stderr.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith(STATUS_PREFIX))
                .findFirst().orElse("no message");
    }
}
