package dev.gantry.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads registry credentials from the Docker config file, {@code $DOCKER_CONFIG/config.json} or
 * {@code ~/.docker/config.json}: the {@code auths} entry for the registry host, as {@code auth}
 * (base64 {@code user:password}) or {@code username}/{@code password}. Credential helpers are left
 * to the registry clients' own lookup.
 */
public final class DockerConfigCredentials {

    private DockerConfigCredentials() {
    }

    /**
     * The credentials the Docker config file holds for a registry host.
     *
     * @param host the registry host and port, such as {@code registry.example.com:5000}
     * @param environment environment variables ({@code DOCKER_CONFIG}, {@code HOME})
     * @return the credentials, bound to the host, or empty when the file or entry is missing or unreadable
     */
    public static Optional<RegistryCredentials> lookup(String host, Map<String, String> environment) {
        Path file = configFile(environment);
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode auths = JsonMapper.builder().build().readTree(Files.readAllBytes(file)).path("auths");
            for (String key : new String[] {host, "https://" + host, "http://" + host, "https://" + host + "/v1/"}) {
                Optional<RegistryCredentials> found = credentials(host, auths.path(key));
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<RegistryCredentials> credentials(String host, JsonNode entry) {
        String auth = entry.path("auth").stringValue(null);
        if (auth != null && !auth.isEmpty()) {
            String decoded = new String(Base64.getDecoder().decode(auth), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon > 0 ? Optional.of(new RegistryCredentials(host, decoded.substring(0, colon), decoded.substring(colon + 1)))
                    : Optional.empty();
        }
        String username = entry.path("username").stringValue(null);
        String password = entry.path("password").stringValue(null);
        return username != null && password != null ? Optional.of(new RegistryCredentials(host, username, password))
                : Optional.empty();
    }

    private static Path configFile(Map<String, String> environment) {
        String folder = environment.get("DOCKER_CONFIG");
        if (folder != null && !folder.isBlank()) {
            return Path.of(folder, "config.json");
        }
        String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
        return home == null ? null : Path.of(home, ".docker", "config.json");
    }
}
