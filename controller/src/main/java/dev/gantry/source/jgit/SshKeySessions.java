package dev.gantry.source.jgit;

import dev.gantry.source.GitCredentials;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * Builds ssh session factories that use exactly one private key and one known_hosts file, and
 * nothing from the user's {@code ~/.ssh}: no config file, no other identity, no agent.
 */
final class SshKeySessions {

    private static final String PUBLIC_KEY_ONLY = "publickey";

    private SshKeySessions() {
    }

    /** A session factory for one key; hosts missing from its known_hosts file are refused. */
    static SshdSessionFactory factory(GitCredentials.SshKey key) {
        Path privateKey = key.privateKey().toAbsolutePath();
        Path knownHosts = key.knownHosts().toAbsolutePath();
        File keyFolder = privateKey.getParent().toFile();
        return new SshdSessionFactoryBuilder()
                .setHomeDirectory(keyFolder)
                .setSshDirectory(keyFolder)
                .setConfigFile(sshFolder -> null)
                .setDefaultIdentities(sshFolder -> List.of(privateKey))
                .setDefaultKnownHostsFiles(sshFolder -> List.of(knownHosts))
                .setPreferredAuthentications(PUBLIC_KEY_ONLY)
                .build(new JGitKeyCache());
    }
}
