package dev.gantry.testing.registry;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Forwards one exchange to the upstream registry and streams the answer back, keeping end-to-end headers
 * and rewriting {@code Location} so upload sessions continue through the proxy.
 */
final class UpstreamForwarder {

    /** Hop-by-hop headers, and those the JDK client computes itself; neither is copied across. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length", "expect");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String upstream;
    private final String self;

    /** Forwards to {@code upstream} and rewrites its absolute URLs to {@code self}, both {@code http://host:port}. */
    UpstreamForwarder(URI upstream, URI self) {
        this.upstream = withoutTrailingSlash(upstream);
        this.self = withoutTrailingSlash(self);
    }

    /** Sends the exchange's request upstream and copies the response back; answers 502 when upstream is unreachable. */
    void forward(HttpExchange exchange) throws IOException {
        HttpResponse<InputStream> response;
        try {
            response = client.send(upstreamRequest(exchange), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            byte[] message = ("upstream " + upstream + " unreachable: " + e).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(502, message.length);
            exchange.getResponseBody().write(message);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while forwarding " + exchange.getRequestURI(), e);
        }
        copyResponse(exchange, response);
    }

    private HttpRequest upstreamRequest(HttpExchange exchange) {
        URI target = URI.create(upstream + exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .method(exchange.getRequestMethod(), body(exchange));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> addIfAllowed(request, name, value));
            }
        });
        return request.build();
    }

    private static void addIfAllowed(HttpRequest.Builder request, String name, String value) {
        try {
            request.header(name, value);
        } catch (IllegalArgumentException restrictedByTheJdkClient) {
            // the JDK client sets this header itself
        }
    }

    /** Streams the request body upstream, with the client's Content-Length when it sent one. */
    private static BodyPublisher body(HttpExchange exchange) {
        Headers headers = exchange.getRequestHeaders();
        String length = headers.getFirst("Content-Length");
        BodyPublisher stream = BodyPublishers.ofInputStream(exchange::getRequestBody);
        if (length != null) {
            long bytes = Long.parseLong(length.trim());
            return bytes == 0 ? BodyPublishers.noBody() : BodyPublishers.fromPublisher(stream, bytes);
        }
        return "chunked".equalsIgnoreCase(headers.getFirst("Transfer-Encoding")) ? stream : BodyPublishers.noBody();
    }

    private void copyResponse(HttpExchange exchange, HttpResponse<InputStream> response) throws IOException {
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        response.headers().map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            boolean headLength = head && lower.equals("content-length");
            if (!name.startsWith(":") && (headLength || !NOT_FORWARDED.contains(lower))) {
                exchange.getResponseHeaders().put(name, lower.equals("location") ? rewritten(values) : new ArrayList<>(values));
            }
        });
        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        // JDK server: -1 means no body, 0 means chunked; a HEAD answer keeps the Content-Length copied above.
        exchange.sendResponseHeaders(response.statusCode(), head || length == 0 ? -1 : Math.max(length, 0));
        try (InputStream body = response.body(); OutputStream out = exchange.getResponseBody()) {
            body.transferTo(out);
        }
    }

    private List<String> rewritten(List<String> locations) {
        List<String> result = new ArrayList<>();
        for (String location : locations) {
            result.add(location.startsWith(upstream + "/") ? self + location.substring(upstream.length()) : location);
        }
        return result;
    }

    private static String withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
