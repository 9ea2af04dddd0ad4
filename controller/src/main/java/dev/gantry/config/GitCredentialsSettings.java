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
        return GitCredentials.choose(git.sshKey(), git.knownHosts(), git.token(), git.username(), git.password());
    }
}
