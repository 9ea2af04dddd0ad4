package dev.gantry.testing.registry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * The token realm of a token-protected test registry: {@code GET /token?service=..&scope=..} with the
 * generated basic credentials answers a signed token granting every requested action; anything else is 401.
 */
final class TokenServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long LIFETIME_SECONDS = 300;

    private final HttpServer server;
    private final TokenSigner signer;
    private final RegistryCredentials credentials;

    private TokenServer(HttpServer server, TokenSigner signer, RegistryCredentials credentials) {
        this.server = server;
        this.signer = signer;
        this.credentials = credentials;
    }

    /** Starts serving {@code /token} on a free loopback port. */
    static TokenServer start(TokenSigner signer, RegistryCredentials credentials) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        TokenServer tokens = new TokenServer(server, signer, credentials);
        server.createContext("/token", tokens::answer);
        server.start();
        return tokens;
    }

    /** The URL the registry names as {@code realm} in its Bearer challenge. */
    String realm() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, List<String>> query = query(exchange.getRequestURI().getRawQuery());
            if (!credentials.matches(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"" + TokenAccess.ISSUER + "\"");
                respond(exchange, 401, Map.of("details", "wrong or missing credentials"));
            } else if (!query.getOrDefault("service", List.of()).equals(List.of(TokenAccess.SERVICE))) {
                respond(exchange, 400, Map.of("details", "service must be " + TokenAccess.SERVICE));
            } else {
                respond(exchange, 200, token(query.getOrDefault("scope", List.of())));
            }
        }
    }

    private Map<String, Object> token(List<String> scopes) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", TokenAccess.ISSUER);
        claims.put("sub", credentials.username());
        claims.put("aud", TokenAccess.SERVICE);
        claims.put("exp", now.getEpochSecond() + LIFETIME_SECONDS);
        claims.put("nbf", now.getEpochSecond());
        claims.put("iat", now.getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("access", access(scopes));
        String token = signer.sign(claims);
        return Map.of("token", token, "access_token", token, "expires_in", LIFETIME_SECONDS,
                "issued_at", now.toString());
    }

    /** {@code repository:team/app:pull,push} becomes {@code {type, name, actions}}; several scopes may share a parameter. */
    private static List<Map<String, Object>> access(List<String> scopes) {
        List<Map<String, Object>> access = new ArrayList<>();
        for (String scope : String.join(" ", scopes).trim().split(" +")) {
            int first = scope.indexOf(':');
            int last = scope.lastIndexOf(':');
            if (first > 0 && last > first) {
                access.add(Map.of("type", scope.substring(0, first), "name", scope.substring(first + 1, last),
                        "actions", List.of(scope.substring(last + 1).split(","))));
            }
        }
        return access;
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static void respond(HttpExchange exchange, int status, Map<String, Object> body) {
        try {
            byte[] json = JSON.writeValueAsBytes(body);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, json.length);
            exchange.getResponseBody().write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("could not answer a token request", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
