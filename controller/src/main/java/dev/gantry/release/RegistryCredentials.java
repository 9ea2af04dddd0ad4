package dev.gantry.release;

import java.util.Map;

/**
 * A registry user name and password (or token), from the environment; never printed.
 *
 * @param username the user, or null for none
 * @param password the password or token, or null for none
 */
public record RegistryCredentials(String username, String password) {

    /** No explicit credentials: adapters fall back to the Docker config file. */
    public static final RegistryCredentials NONE = new RegistryCredentials(null, null);

    /** {@code GANTRY_REGISTRY_USERNAME} and {@code GANTRY_REGISTRY_PASSWORD}, when both are set. */
    public static RegistryCredentials fromEnvironment(Map<String, String> environment) {
        String username = environment.get("GANTRY_REGISTRY_USERNAME");
        String password = environment.get("GANTRY_REGISTRY_PASSWORD");
        return username != null && password != null ? new RegistryCredentials(username, password) : NONE;
    }

    /**
     * The credentials for a registry: {@code GANTRY_REGISTRY_USERNAME}/{@code GANTRY_REGISTRY_PASSWORD}
     * first, then the Docker config file's entry for the host.
     */
    public static RegistryCredentials forRegistry(Registry registry, Map<String, String> environment) {
        RegistryCredentials explicit = fromEnvironment(environment);
        if (explicit.present() || registry.isLayout()) {
            return explicit;
        }
        return DockerConfigCredentials.lookup(registry.host(), environment).orElse(NONE);
    }

    /** Whether a user and password were given. */
    public boolean present() {
        return username != null && password != null;
    }

    @Override
    public String toString() {
        return present() ? "RegistryCredentials[username=" + username + ", password=***]" : "RegistryCredentials[none]";
    }
}
