package dev.gantry.release.oci;

import dev.gantry.release.RegistryCredentials;
import dev.gantry.release.RegistryUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The distribution token flow: when a registry answers {@code /v2/} with a Bearer challenge, asks
 * its token server for a pull-and-push token for one repository, sending the credentials with basic
 * auth. Tokens and credentials are never logged or put into messages.
 */
final class BearerTokenFlow {

    private static final Pattern PARAMETER = Pattern.compile("([A-Za-z]+)=\"([^\"]*)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /**
     * A token for the repository, or empty when the registry does not ask for one.
     *
     * @param base the registry's base URL, such as {@code https://registry.example.com}
     * @param repository the full repository path on the registry
     * @param credentials the credentials to exchange; none gives an anonymous token
     * @throws RegistryUnavailableException when the registry or token server fails or refuses
     */
    Optional<String> token(URI base, String repository, RegistryCredentials credentials) {
        HttpResponse<String> probe = send(HttpRequest.newBuilder(base.resolve("/v2/")).GET(), "probe " + base);
        String challenge = probe.headers().firstValue("WWW-Authenticate").orElse("");
        if (probe.statusCode() != 401 || !challenge.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        Map<String, String> parameters = parameters(challenge);
        URI realm = URI.create(parameters.getOrDefault("realm", ""));
        if (!"https".equals(realm.getScheme()) && !isLoopback(realm) && credentials.present()) {
            throw new RegistryUnavailableException("refusing to send credentials to the token server " + realm
                    + " over plain HTTP", null);
        }
        String query = "service=" + encode(parameters.getOrDefault("service", ""))
                + "&scope=" + encode("repository:" + repository + ":pull,push");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(realm + (realm.getQuery() == null ? "?" : "&") + query));
        if (credentials.present()) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (credentials.username() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> answer = send(request.GET(), "get a token from " + realm);
        if (answer.statusCode() != 200) {
            throw new RegistryUnavailableException("the token server " + realm + " refused the credentials (HTTP "
                    + answer.statusCode() + ")", null);
        }
        JsonNode json = JsonMapper.builder().build().readTree(answer.body());
        String token = json.path("token").stringValue(json.path("access_token").stringValue(null));
        if (token == null) {
            throw new RegistryUnavailableException("the token server " + realm + " answered without a token", null);
        }
        return Optional.of(token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String what) {
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new RegistryUnavailableException("cannot " + what + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException("interrupted while trying to " + what, e);
        }
    }

    static Map<String, String> parameters(String challenge) {
        Map<String, String> parameters = new HashMap<>();
        Matcher matcher = PARAMETER.matcher(challenge);
        while (matcher.find()) {
            parameters.put(matcher.group(1).toLowerCase(), matcher.group(2));
        }
        return parameters;
    }

    private static boolean isLoopback(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost();
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
