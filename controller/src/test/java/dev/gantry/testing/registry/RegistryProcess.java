package dev.gantry.testing.registry;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/** One {@code docker-registry serve CONFIG} child process, its output appended to a log file. */
final class RegistryProcess {

    /** How a start attempt ended when it did not fail outright. */
    enum Outcome { READY, PORT_TAKEN }

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient PING = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(1)).build();

    private final Path binary;
    private final Path config;
    private final Path log;
    private Process process;

    RegistryProcess(Path binary, Path config, Path log) {
        this.binary = binary;
        this.config = config;
        this.log = log;
    }

    /** Launches the registry and waits until {@code GET url/v2/} answers 200 or 401, or the process exits. */
    Outcome start(URI url) throws IOException {
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        ProcessBuilder builder = new ProcessBuilder(binary.toString(), "serve", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("REGISTRY_"));
        process = builder.start();
        try {
            await("docker-registry at " + url + " to answer GET /v2/").atMost(STARTUP_TIMEOUT)
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                    .until(() -> !process.isAlive() || answers(url));
        } catch (ConditionTimeoutException e) {
            stop();
            throw new IllegalStateException("docker-registry did not answer GET " + url + "/v2/ within "
                    + STARTUP_TIMEOUT.toSeconds() + "s; its log:\n" + logSince(logStart), e);
        }
        if (process.isAlive()) {
            return Outcome.READY;
        }
        String output = logSince(logStart);
        if (output.contains("address already in use")) {
            return Outcome.PORT_TAKEN;
        }
        throw new IllegalStateException("docker-registry exited with code " + process.exitValue()
                + " before answering on " + url + "; its log:\n" + output);
    }

    /** Whether the process is running. */
    boolean running() {
        return process != null && process.isAlive();
    }

    /** Sends SIGTERM, and SIGKILL if the registry has not exited after a few seconds. */
    void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the process at once; for JVM shutdown hooks. */
    void kill() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    private static boolean answers(URI url) {
        HttpRequest ping = HttpRequest.newBuilder(url.resolve("/v2/")).timeout(Duration.ofMillis(500)).GET().build();
        try {
            int status = PING.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 || status == 401;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String logSince(long offset) {
        try (SeekableByteChannel channel = Files.newByteChannel(log)) {
            channel.position(offset);
            return new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the registry log " + log, e);
        }
    }
}
