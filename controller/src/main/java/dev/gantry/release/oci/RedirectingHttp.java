package dev.gantry.release.oci;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sends registry and token-server requests over the JDK's HTTP client and follows redirects
 * itself: the {@code Authorization} header is dropped at the first hop to another origin (scheme,
 * host or port) and never put back, so credentials and tokens do not follow a blob to its storage host.
 */
final class RedirectingHttp {

    static final int MAX_REDIRECTS = 5;

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * An answer and the address that gave it, after redirects.
     *
     * @param response the response, its body not yet read
     * @param uri where the response came from
     */
    record Answer(HttpResponse<InputStream> response, URI uri) {

        int status() {
            return response.statusCode();
        }

        Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        /** Closes the body unread. */
        void discard() {
            try {
                response.body().close();
            } catch (IOException e) {
                // nothing was wanted from it
            }
        }

        /** The body as text, at most {@code limit} bytes; longer bodies are cut. */
        String text(int limit) throws IOException {
            try (InputStream body = response.body()) {
                return new String(body.readNBytes(limit), StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * Sends a request and follows up to {@link #MAX_REDIRECTS} redirects.
     *
     * @param method {@code GET} or {@code HEAD}
     * @param uri where to send it
     * @param headers headers for every hop, without {@code Authorization}
     * @param authorization the {@code Authorization} value for {@code uri}'s origin, or null
     * @return the last answer, its body unread
     * @throws IOException when a hop fails, or there are too many redirects
     * @throws InterruptedException when interrupted while waiting
     */
    Answer send(String method, URI uri, Map<String, String> headers, String authorization)
            throws IOException, InterruptedException {
        URI current = uri;
        String verb = method;
        String credential = authorization;
        for (int hop = 0; ; hop++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(current).timeout(TIMEOUT)
                    .method(verb, HttpRequest.BodyPublishers.noBody());
            headers.forEach(request::header);
            if (credential != null) {
                request.header("Authorization", credential);
            }
            Answer answer = new Answer(http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()), current);
            Optional<String> location = answer.header("Location");
            if (!REDIRECTS.contains(answer.status()) || location.isEmpty()) {
                return answer;
            }
            answer.discard();
            if (hop == MAX_REDIRECTS) {
                throw new IOException("more than " + MAX_REDIRECTS + " redirects from " + uri.getHost());
            }
            URI next = current.resolve(location.get());
            if (!sameOrigin(current, next)) {
                credential = null;
            }
            verb = answer.status() == 303 && !"HEAD".equals(verb) ? "GET" : verb;
            current = next;
        }
    }

    /** Whether two addresses share scheme, host and port (default ports filled in). */
    static boolean sameOrigin(URI one, URI two) {
        return one.getScheme() != null && one.getScheme().equalsIgnoreCase(two.getScheme())
                && one.getHost() != null && two.getHost() != null
                && one.getHost().toLowerCase(Locale.ROOT).equals(two.getHost().toLowerCase(Locale.ROOT))
                && port(one) == port(two);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
