package dev.gantry.release.oci;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A scripted HTTP server on loopback that records every request it gets, with the
 * {@code Authorization} header it carried: the witness for where credentials went.
 */
final class RecordingRegistry implements AutoCloseable {

    /** One request as received: method, path and the Authorization header, or null. */
    record Seen(String method, String path, String authorization) {
    }

    /** A scripted answer: status, headers and body (null for none). */
    record Reply(int status, Map<String, String> headers, byte[] body) {

        static Reply of(int status, Map<String, String> headers) {
            return new Reply(status, headers, null);
        }
    }

    private final HttpServer server;
    private final String hostName;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    private RecordingRegistry(HttpServer server, String hostName) {
        this.server = server;
        this.hostName = hostName;
    }

    /**
     * Starts a server answering every request with the script.
     *
     * @param hostName how clients name it: {@code 127.0.0.1} or {@code localhost}, two hosts on one loopback
     * @param script the reply for a request
     */
    static RecordingRegistry start(String hostName, Function<HttpExchange, Reply> script) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        RecordingRegistry registry = new RecordingRegistry(server, hostName);
        server.createContext("/", exchange -> registry.answer(exchange, script));
        server.start();
        return registry;
    }

    private void answer(HttpExchange exchange, Function<HttpExchange, Reply> script) throws IOException {
        seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization")));
        try (exchange) {
            Reply reply = script.apply(exchange);
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            boolean head = "HEAD".equals(exchange.getRequestMethod()) || reply.body() == null;
            exchange.sendResponseHeaders(reply.status(), head ? -1 : reply.body().length == 0 ? -1 : reply.body().length);
            if (!head && reply.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** {@code HOST:PORT}, as a registry reference names it. */
    String host() {
        return hostName + ":" + server.getAddress().getPort();
    }

    /** Every request so far, in order. */
    List<Seen> seen() {
        return List.copyOf(seen);
    }

    /** The Authorization headers received, none when nothing carried one. */
    List<String> authorizations() {
        return seen.stream().map(Seen::authorization).filter(a -> a != null).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
