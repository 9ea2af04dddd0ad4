package dev.gantry.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the controller authenticates to the GitOps remote. {@code toString} never shows a secret;
 * {@link #secrets()} lists them so that error messages can be scrubbed.
 */
public sealed interface GitCredentials {

    /** The environment variable holding an https token when none is configured. */
    String TOKEN_VARIABLE = "GANTRY_GIT_TOKEN";

    /** The user name sent with a token; GitHub, GitLab and Gitea accept any name with a token as password. */
    String TOKEN_USERNAME = "x-access-token";

    /** The environment variable holding an https user name; {@value #DEFAULT_USERNAME} when unset. */
    String USERNAME_VARIABLE = "GANTRY_GIT_USERNAME";

    /** The environment variable holding an https password. */
    String PASSWORD_VARIABLE = "GANTRY_GIT_PASSWORD";

    /** The environment variable naming an SSH private key file. */
    String SSH_KEY_VARIABLE = "GANTRY_GIT_SSHKEY";

    /** The environment variable naming the one known_hosts file SSH hosts are checked against. */
    String KNOWN_HOSTS_VARIABLE = "GANTRY_GIT_KNOWNHOSTS";

    /** The https user name sent with a token or password when none is set, as {@code gantry.git.username} defaults. */
    String DEFAULT_USERNAME = "git";

    /** No credentials: public remotes and file URLs. */
    static GitCredentials none() {
        return new None();
    }

    /** An https token, sent as the password of {@link #TOKEN_USERNAME}. */
    static GitCredentials token(String token) {
        return new Token(TOKEN_USERNAME, token);
    }

    /**
     * The configured credentials, or else a token from {@value #TOKEN_VARIABLE}, or else none.
     *
     * @param configured what the configuration names; {@link None} when it names nothing
     * @param environment the process environment, such as {@code System.getenv()}
     */
    static GitCredentials resolve(GitCredentials configured, Map<String, String> environment) {
        if (!(configured instanceof None)) {
            return configured;
        }
        String token = environment.get(TOKEN_VARIABLE);
        return token == null || token.isBlank() ? configured : token(token.strip());
    }

    /**
     * Chooses credentials from settings the way {@code gantry serve} does: an SSH key wins, else a
     * token, else a password, else none. Blank values count as unset.
     *
     * @param sshKey an SSH private key file, or null
     * @param knownHosts the known_hosts file; required with {@code sshKey}
     * @param token an https token, or null
     * @param username the https user name sent with a token or password; {@value #DEFAULT_USERNAME} when null or blank
     * @param password an https password, or null
     * @throws IllegalArgumentException when an SSH key comes without a known_hosts file
     */
    static GitCredentials choose(Path sshKey, Path knownHosts, String token, String username, String password) {
        String user = isBlank(username) ? DEFAULT_USERNAME : username;
        if (sshKey != null) {
            if (knownHosts == null) {
                throw new IllegalArgumentException("an SSH key (" + sshKey + ") needs a known_hosts file ("
                        + KNOWN_HOSTS_VARIABLE + ", gantry.git.known-hosts): unknown hosts are refused");
            }
            return new SshKey(sshKey, knownHosts);
        }
        if (!isBlank(token)) {
            return new Token(user, token.strip());
        }
        return isBlank(password) ? none() : new Password(user, password);
    }

    /**
     * Credentials from the environment variables {@code gantry serve} binds to {@code gantry.git.*}:
     * {@value #SSH_KEY_VARIABLE} with {@value #KNOWN_HOSTS_VARIABLE}, {@value #TOKEN_VARIABLE},
     * {@value #USERNAME_VARIABLE} and {@value #PASSWORD_VARIABLE}, chosen as {@link #choose} does.
     *
     * @param environment the process environment, such as {@code System.getenv()}
     * @throws IllegalArgumentException when an SSH key comes without a known_hosts file
     */
    static GitCredentials fromEnvironment(Map<String, String> environment) {
        return choose(path(environment.get(SSH_KEY_VARIABLE)), path(environment.get(KNOWN_HOSTS_VARIABLE)),
                environment.get(TOKEN_VARIABLE), environment.get(USERNAME_VARIABLE), environment.get(PASSWORD_VARIABLE));
    }

    private static Path path(String value) {
        return isBlank(value) ? null : Path.of(value.strip());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The secret strings these credentials hold, to be removed from anything printed. */
    List<String> secrets();

    /** The text with every URL's credentials removed, as {@link UrlRedactor} does, and every secret of these credentials. */
    default String redact(String text) {
        String redacted = UrlRedactor.redact(text);
        for (String secret : secrets()) {
            if (!secret.isEmpty()) {
                redacted = redacted.replace(secret, "****");
            }
        }
        return redacted;
    }

    /** No credentials. */
    record None() implements GitCredentials {

        @Override
        public List<String> secrets() {
            return List.of();
        }
    }

    /**
     * An https token sent with HTTP basic authentication.
     *
     * @param username the user name to send with it
     * @param token the token
     */
    record Token(String username, String token) implements GitCredentials {

        /** Both parts are required. */
        public Token {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(token, "token");
        }

        @Override
        public List<String> secrets() {
            return List.of(token);
        }

        @Override
        public String toString() {
            return "Token[username=" + username + ", token=****]";
        }
    }

    /**
     * A user name and password sent with HTTP basic authentication.
     *
     * @param username the user name
     * @param password the password
     */
    record Password(String username, String password) implements GitCredentials {

        /** Both parts are required. */
        public Password {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public List<String> secrets() {
            return List.of(password);
        }

        @Override
        public String toString() {
            return "Password[username=" + username + ", password=****]";
        }
    }

    /**
     * An ssh private key, checked against exactly one known_hosts file; unknown hosts are refused.
     *
     * @param privateKey the OpenSSH or PEM private key file
     * @param knownHosts the known_hosts file the server's host key must be in
     * @param passphrase the key's passphrase, or null when it has none
     */
    record SshKey(Path privateKey, Path knownHosts, String passphrase) implements GitCredentials {

        /** The key and known_hosts files are required. */
        public SshKey {
            Objects.requireNonNull(privateKey, "privateKey");
            Objects.requireNonNull(knownHosts, "knownHosts");
        }

        /** A key without a passphrase. */
        public SshKey(Path privateKey, Path knownHosts) {
            this(privateKey, knownHosts, null);
        }

        @Override
        public List<String> secrets() {
            return passphrase == null ? List.of() : List.of(passphrase);
        }

        @Override
        public String toString() {
            return "SshKey[privateKey=" + privateKey + ", knownHosts=" + knownHosts
                    + (passphrase == null ? "" : ", passphrase=****") + "]";
        }
    }
}
