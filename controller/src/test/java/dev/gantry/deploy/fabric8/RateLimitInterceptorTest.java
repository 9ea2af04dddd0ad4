package dev.gantry.deploy.fabric8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The client-side rate limit, on requests a client really sends to Fabric8's mock server: a burst
 * goes at once, then requests are spaced to the rate. Timings are asserted loosely, as a shared
 * machine may be slow but never makes the limiter fast.
 */
@EnableKubernetesMockClient(crud = true)
class RateLimitInterceptorTest {

    private static final RequestRateLimit FIVE_A_SECOND = new RequestRateLimit(5, 5);

    KubernetesMockServer server;
    KubernetesClient client;

    @Test
    void sendsTheBurstAtOnceThenHoldsRequestsToTheRate() {
        try (KubernetesClient limited = Fabric8Clients.build(configOf(client), FIVE_A_SECOND)) {
            get(limited, 1);
            long start = System.nanoTime();
            get(limited, 4);
            Duration burst = since(start);
            get(limited, 10);
            Duration all = since(start);

            System.out.printf("[rate] the rest of a burst of 5 took %d ms, 10 more requests %d ms at 5/s%n",
                    burst.toMillis(), all.minus(burst).toMillis());
            assertThat(burst).isLessThan(Duration.ofSeconds(1));
            // at most 5 tokens were in the bucket for these 14 requests: 9 waited 200 ms each
            assertThat(all).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        }
        assertThat(server.getRequestCount()).isEqualTo(15);
    }

    @Test
    void anEventLoopThreadNeverWaitsButItsRequestsCount() throws Exception {
        RateLimitInterceptor interceptor = new RateLimitInterceptor(new RequestRateLimit(10, 1));
        AtomicLong eventLoopNanos = new AtomicLong();
        Thread eventLoop = new Thread(() -> {
            long start = System.nanoTime();
            for (int request = 0; request < 4; request++) {
                interceptor.before(null, null, null);
            }
            eventLoopNanos.set(System.nanoTime() - start);
        }, "vert.x-eventloop-thread-7");
        eventLoop.start();
        eventLoop.join();

        long start = System.nanoTime();
        interceptor.before(null, null, null);

        assertThat(Duration.ofNanos(eventLoopNanos.get())).isLessThan(Duration.ofMillis(200));
        assertThat(since(start)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
    }

    @Test
    void refusesALimitThatStopsEveryRequest() {
        assertThatThrownBy(() -> new RequestRateLimit(0, 10)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new RequestRateLimit(Double.NaN, 10)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new RequestRateLimit(5, 0)).hasMessageContaining("at least 1");
    }

    /** Sends requests one after another, the first one warming up the client's connection. */
    private static void get(KubernetesClient limited, int requests) {
        for (int request = 0; request < requests; request++) {
            limited.configMaps().inNamespace("ns").withName("absent").get();
        }
    }

    private static Config configOf(KubernetesClient client) {
        return new ConfigBuilder(client.getConfiguration()).build();
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
