package dev.gantry.release;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A registry user name and password (or token), bound to the one registry host they are for and
 * sent nowhere else; never printed.
 *
 * @param host the registry host and port they belong to, such as {@code registry.example.com:5000}, or null for none
 * @param username the user, or null for none
 * @param password the password or token, or null for none
 */
public record RegistryCredentials(String host, String username, String password) {

    /** No credentials. */
    public static final RegistryCredentials NONE = new RegistryCredentials(null, null, null);

    /** The variable naming the host that {@code GANTRY_REGISTRY_USERNAME}/{@code _PASSWORD} belong to. */
    public static final String HOST_VARIABLE = "GANTRY_REGISTRY_HOST";

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+(:[0-9]{1,5})?");

    /**
     * {@code GANTRY_REGISTRY_USERNAME} and {@code GANTRY_REGISTRY_PASSWORD}, bound to
     * {@code GANTRY_REGISTRY_HOST}; {@link #NONE} when the pair is not set.
     *
     * @throws RegistryCredentialsRefusedException when the pair is set without its host, or the host is not {@code HOST[:PORT]}:
     *     credentials with no host would go wherever a GitOps repository's {@code registry:} points
     */
    public static RegistryCredentials fromEnvironment(Map<String, String> environment) {
        String username = environment.get("GANTRY_REGISTRY_USERNAME");
        String password = environment.get("GANTRY_REGISTRY_PASSWORD");
        if (username == null || password == null) {
            return NONE;
        }
        String host = environment.get(HOST_VARIABLE);
        if (host == null || host.isBlank()) {
            throw new RegistryCredentialsRefusedException("GANTRY_REGISTRY_USERNAME and GANTRY_REGISTRY_PASSWORD are set but "
                    + HOST_VARIABLE + " is not: set it to the registry HOST[:PORT] they are for; they are sent to no other host");
        }
        if (!HOST.matcher(host.trim()).matches()) {
            throw new RegistryCredentialsRefusedException(HOST_VARIABLE + " '" + host + "' is not HOST[:PORT], such as registry.example.com:5000");
        }
        return new RegistryCredentials(host.trim(), username, password);
    }

    /**
     * The credentials for a registry: the {@code GANTRY_REGISTRY_*} pair when its host is the
     * registry's, else the Docker config file's entry for the registry's host, else none.
     *
     * @throws RegistryCredentialsRefusedException as {@link #fromEnvironment} does
     */
    public static RegistryCredentials forRegistry(Registry registry, Map<String, String> environment) {
        RegistryCredentials explicit = fromEnvironment(environment);
        if (registry.isLayout()) {
            return NONE;
        }
        if (explicit.appliesTo(registry.host())) {
            return explicit;
        }
        return DockerConfigCredentials.lookup(registry.host(), environment).orElse(NONE);
    }

    /** Whether a user and password were given. */
    public boolean present() {
        return username != null && password != null;
    }

    /** Whether these credentials may be sent to a registry host ({@code HOST[:PORT]}, compared without case). */
    public boolean appliesTo(String registryHost) {
        return present() && host != null && host.equalsIgnoreCase(registryHost);
    }

    /** These credentials when they belong to the host, else {@link #NONE}. */
    public RegistryCredentials forHost(String registryHost) {
        return appliesTo(registryHost) ? this : NONE;
    }

    @Override
    public String toString() {
        return present() ? "RegistryCredentials[host=" + host + ", username=" + username + ", password=***]"
                : "RegistryCredentials[none]";
    }
}
