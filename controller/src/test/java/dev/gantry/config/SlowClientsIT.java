package dev.gantry.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gantry.testing.cluster.ClusterTarget;
import dev.gantry.testing.git.GitOpsWorkspace;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slowloris against the running controller: clients that announce a webhook body and send it one
 * byte every 200 ms, more of them than the server has threads. Tomcat gets 8 threads here instead of
 * its 200, so a dozen clients do what a few hundred would do to a real pod.
 */
class SlowClientsIT {

    private static final String SECRET = "hook-s3cret";
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    private static final int SLOW_CLIENTS = 12;
    /** Far less than a probe's timeout, and far more than a loaded CI machine needs once warm. */
    private static final Duration PROMPTLY = Duration.ofSeconds(3);
    private static final List<String> CONTENT_TYPES = List.of("application/json", "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded");

    @TempDir
    Path temp;

    private RunningController controller;
    private final ScheduledExecutorService dribblers = Executors.newScheduledThreadPool(2);
    private final List<SlowBodyClient> clients = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeEach
    void start() throws Exception {
        GitOpsWorkspace gitops = GitOpsWorkspace.create(temp);
        gitops.writeEnvironment("dev", "slow-clients", "");
        gitops.commitAndPush("dev exists");
        controller = RunningController.start(gitops.url(), "oci-layout:" + temp.resolve("registry"), temp.resolve("cache"),
                ClusterTarget.inMemory("slow-clients"), List.of("--server.tomcat.threads.max=8",
                        "--gantry.webhooks.read-deadline=" + DEADLINE.toMillis() + "ms", "--gantry.webhooks.concurrent-reads=2"),
                SECRET);
    }

    @AfterEach
    void stop() throws Exception {
        for (SlowBodyClient client : clients) {
            client.close();
        }
        dribblers.shutdownNow();
        if (controller != null) {
            controller.close();
        }
    }

    @Test
    void slowBodiesAreCutAtTheDeadlineWhileProbesAndStatusStillAnswer(TestReporter report) throws Exception {
        warmUp("/actuator/health/liveness", "/actuator/health/readiness", "/api/v1/environments");
        for (int i = 0; i < SLOW_CLIENTS; i++) {
            clients.add(SlowBodyClient.open(controller.port(), "/hooks/generic", CONTENT_TYPES.get(i % CONTENT_TYPES.size()),
                    "X-Gantry-Signature: sha256=" + "0".repeat(64) + "\r\n", dribblers, Duration.ofMillis(200)));
        }
        await().atMost(Duration.ofSeconds(2)).until(() -> clients.stream().allMatch(client -> client.sent() >= 2 || client.cut()));

        report.publishEntry("liveness, readiness, status while " + SLOW_CLIENTS + " slow clients are connected", List.of(
                assertAnswersPromptly("/actuator/health/liveness"), assertAnswersPromptly("/actuator/health/readiness"),
                assertAnswersPromptly("/api/v1/environments")).toString());

        await().atMost(DEADLINE.plusSeconds(3)).until(() -> clients.stream().allMatch(SlowBodyClient::cut));
        assertThat(clients).allSatisfy(client -> {
            assertThat(client.heldFor()).isLessThan(DEADLINE.plusSeconds(2));
            assertThat(client.statusLine()).matches("HTTP/1.1 (408|503) .*");
        });
        assertThat(clients).anySatisfy(client -> assertThat(client.statusLine()).startsWith("HTTP/1.1 408"));
        report.publishEntry("slow clients cut after", clients.stream().map(client -> client.statusLine().substring(9, 12) + " "
                + client.heldFor().toMillis() + "ms").toList().toString());
    }

    /** The first answer of a JVM is slow for reasons of its own; they are not what is measured. */
    private void warmUp(String... paths) throws Exception {
        for (String path : paths) {
            assertThat(http.send(request(path, Duration.ofSeconds(30)), HttpResponse.BodyHandlers.discarding()).statusCode())
                    .as(path).isEqualTo(200);
        }
    }

    private HttpRequest request(String path, Duration timeout) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + controller.port() + path)).timeout(timeout).GET().build();
    }

    private Duration assertAnswersPromptly(String path) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request(path, PROMPTLY), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).as(path).isLessThan(PROMPTLY);
        return took;
    }
}
