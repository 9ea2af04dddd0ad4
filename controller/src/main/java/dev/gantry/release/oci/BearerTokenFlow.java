package dev.gantry.release.oci;

import dev.gantry.release.RegistryCredentials;
import dev.gantry.release.RegistryUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The distribution token flow: when a registry answers with a Bearer challenge, asks the token
 * server it names for a token for one repository, sending the credentials with basic auth, over
 * HTTPS only (plain HTTP on loopback), and never on to a host the token server redirects to.
 * Tokens and credentials are never logged or put into messages.
 */
final class BearerTokenFlow {

    private static final Pattern PARAMETER = Pattern.compile("([A-Za-z]+)=\"([^\"]*)\"");
    private static final int MAX_ANSWER = 1 << 20;

    private final RedirectingHttp http;

    BearerTokenFlow(RedirectingHttp http) {
        this.http = http;
    }

    /**
     * A pull-and-push token for the repository, or empty when the registry does not ask for one.
     *
     * @param base the registry's base URL, such as {@code https://registry.example.com}
     * @param repository the full repository path on the registry
     * @param credentials the credentials to exchange; none gives an anonymous token
     * @throws RegistryUnavailableException when the registry or token server fails or refuses
     */
    Optional<String> token(URI base, String repository, RegistryCredentials credentials) {
        RedirectingHttp.Answer probe = send(base.resolve("/v2/"), null, "probe " + base);
        probe.discard();
        String challenge = probe.header("WWW-Authenticate").orElse("");
        if (probe.status() != 401 || !isBearer(challenge)) {
            return Optional.empty();
        }
        return Optional.of(exchange(challenge, "repository:" + repository + ":pull,push", credentials));
    }

    /**
     * Exchanges credentials for a token at the token server a Bearer challenge names.
     *
     * @param challenge the registry's {@code WWW-Authenticate} value
     * @param scope the scope asked for, such as {@code repository:platform/hello:pull}
     * @param credentials the credentials to exchange; none gives an anonymous token
     * @return the token
     * @throws RegistryUnavailableException when the token server fails, refuses, or is plain HTTP off loopback
     */
    String exchange(String challenge, String scope, RegistryCredentials credentials) {
        Map<String, String> parameters = parameters(challenge);
        URI realm = URI.create(parameters.getOrDefault("realm", ""));
        if (!"https".equals(realm.getScheme()) && !isLoopback(realm) && credentials.present()) {
            throw new RegistryUnavailableException("refusing to send credentials to the token server " + realm
                    + " over plain HTTP", null);
        }
        String query = "service=" + encode(parameters.getOrDefault("service", "")) + "&scope=" + encode(scope);
        URI uri = URI.create(realm + (realm.getQuery() == null ? "?" : "&") + query);
        String authorization = credentials.present() ? "Basic " + Base64.getEncoder().encodeToString(
                (credentials.username() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8)) : null;
        RedirectingHttp.Answer answer = send(uri, authorization, "get a token from " + realm);
        if (answer.status() != 200) {
            answer.discard();
            throw new RegistryUnavailableException("the token server " + realm + " refused the credentials (HTTP "
                    + answer.status() + ")", null);
        }
        JsonNode json = JsonMapper.builder().build().readTree(text(answer, realm));
        String token = json.path("token").stringValue(json.path("access_token").stringValue(null));
        if (token == null) {
            throw new RegistryUnavailableException("the token server " + realm + " answered without a token", null);
        }
        return token;
    }

    static boolean isBearer(String challenge) {
        return challenge.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private RedirectingHttp.Answer send(URI uri, String authorization, String what) {
        try {
            return http.send("GET", uri, Map.of(), authorization);
        } catch (IOException e) {
            throw new RegistryUnavailableException("cannot " + what + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException("interrupted while trying to " + what, e);
        }
    }

    private static String text(RedirectingHttp.Answer answer, URI realm) {
        try {
            return answer.text(MAX_ANSWER);
        } catch (IOException e) {
            throw new RegistryUnavailableException("cannot read the answer of the token server " + realm, e);
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
