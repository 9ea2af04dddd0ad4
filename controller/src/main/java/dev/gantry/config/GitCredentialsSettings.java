package dev.gantry.config;

import dev.gantry.source.GitCredentials;
import dev.gantry.source.GitOpsRemote;

/** Turns the git settings into the GitOps remote: SSH key, else token, else password, else none. */
final class GitCredentialsSettings {

    private GitCredentialsSettings() {
    }

    static GitOpsRemote remote(GantryProperties properties) {
        if (properties.repo() == null || properties.repo().isBlank()) {
            throw new IllegalStateException("gantry.repo is not set: pass --repo URL (https, ssh or file) or GANTRY_REPO");
        }
        return new GitOpsRemote(properties.repo(), properties.branch(), credentials(properties.git()));
    }

    private static GitCredentials credentials(GantryProperties.Git git) {
        if (git.sshKey() != null) {
            return new GitCredentials.SshKey(git.sshKey(), git.knownHosts(), null);
        }
        if (git.token() != null && !git.token().isBlank()) {
            return new GitCredentials.Token(git.username(), git.token());
        }
        if (git.password() != null && !git.password().isBlank()) {
            return new GitCredentials.Password(git.username(), git.password());
        }
        return new GitCredentials.None();
    }
}
