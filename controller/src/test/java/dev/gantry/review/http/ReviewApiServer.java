package dev.gantry.review.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A local HTTP server that records each request and answers with one canned status and JSON body, as the host's API would. */
final class ReviewApiServer implements AutoCloseable {

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 201;
    private volatile String answer = "{}";

    ReviewApiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    Map.copyOf(exchange.getRequestHeaders()), new String(exchange.getRequestBody().readAllBytes(),
                            StandardCharsets.UTF_8)));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** Answers every later request with this status and body. */
    void answer(int nextStatus, String json) {
        this.status = nextStatus;
        this.answer = json;
    }

    /** The base URL with an API path, such as {@code http://127.0.0.1:4711/api/v3}. */
    URI url(String apiPath) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + apiPath);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One request as it arrived. */
    record Request(String method, String rawPath, Map<String, List<String>> headers, String body) {

        /** The header's only value; names as the JDK server normalises them (first letter upper case). */
        String header(String name) {
            List<String> values = headers.get(name.substring(0, 1).toUpperCase() + name.substring(1).toLowerCase());
            return values == null ? null : String.join(",", values);
        }
    }
}
