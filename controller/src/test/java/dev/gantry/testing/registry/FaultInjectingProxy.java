package dev.gantry.testing.registry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A loopback reverse proxy in front of a registry that answers chosen requests with an error status a
 * given number of times, then passes them through; it counts what it saw and what it failed.
 */
public final class FaultInjectingProxy implements AutoCloseable {

    private static final byte[] FAULT_BODY = """
            {"errors":[{"code":"UNAVAILABLE","message":"fault injected by FaultInjectingProxy"}]}"""
            .getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService workers;
    private final UpstreamForwarder forwarder;
    private final List<InjectedFault> faults = new CopyOnWriteArrayList<>();
    private final List<ProxiedRequest> seen = new CopyOnWriteArrayList<>();
    private final AtomicInteger injected = new AtomicInteger();

    private FaultInjectingProxy(HttpServer server, ExecutorService workers, URI upstream) {
        this.server = server;
        this.workers = workers;
        this.forwarder = new UpstreamForwarder(upstream, url());
    }

    /** Starts a proxy in front of {@code registry}. */
    public static FaultInjectingProxy inFrontOf(DistributionRegistry registry) {
        return start(registry.url());
    }

    /** Starts a proxy on a free loopback port forwarding to {@code upstream} ({@code http://host:port}). */
    public static FaultInjectingProxy start(URI upstream) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService workers = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "fault-injecting-proxy");
                thread.setDaemon(true);
                return thread;
            });
            FaultInjectingProxy proxy = new FaultInjectingProxy(server, workers, upstream);
            server.createContext("/", proxy::handle);
            server.setExecutor(workers);
            server.start();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a proxy in front of " + upstream, e);
        }
    }

    /** Answers the next {@code times} requests matching {@code which} with {@code status} instead of forwarding them. */
    public void failNext(int times, int status, Predicate<ProxiedRequest> which) {
        faults.add(new InjectedFault(times, status, which));
    }

    /** {@code 127.0.0.1:PORT} of the proxy. */
    public String host() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT} of the proxy, without a trailing slash. */
    public URI url() {
        return URI.create("http://" + host());
    }

    /** How many requests reached the proxy, failed or forwarded. */
    public int requestsSeen() {
        return seen.size();
    }

    /** How many requests the proxy answered with an injected fault. */
    public int faultsInjected() {
        return injected.get();
    }

    /** Every request the proxy saw, in arrival order. */
    public List<ProxiedRequest> requests() {
        return List.copyOf(seen);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            ProxiedRequest request = new ProxiedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
            seen.add(request);
            InjectedFault fault = faultFor(request);
            if (fault == null) {
                forwarder.forward(exchange);
            } else {
                injected.incrementAndGet();
                answer(exchange, fault.status());
            }
        }
    }

    private InjectedFault faultFor(ProxiedRequest request) {
        for (InjectedFault fault : faults) {
            if (fault.claim(request)) {
                return fault;
            }
        }
        return null;
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, FAULT_BODY.length);
        exchange.getResponseBody().write(FAULT_BODY);
    }

    /** Stops listening and drops any exchange in flight. */
    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
