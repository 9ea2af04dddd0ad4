package dev.gantry.deploy.fabric8;

import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import io.github.bucket4j.Bucket;
import java.time.Duration;

/**
 * Holds every request of one Fabric8 client to a {@link RequestRateLimit}, as a token bucket: each
 * request takes a token before it is sent, waiting on the calling thread when none is left. Fabric8
 * passes every request through its interceptors (applies, reads, discovery, an informer's lists
 * and watches, and each retry), so all of them count.
 *
 * <p>A request Fabric8 sends from one of its Vert.x HTTP client's event-loop threads (seen: the
 * watch an informer starts once its list is in; also an informer's next list page) takes its token
 * without waiting, since blocking an event loop would stall every other response on it; the bucket
 * goes into debt, which the next request from an ordinary thread waits off. The thread is known by
 * Vert.x's name for it, as the HTTP client is a runtime dependency with no type to ask. An
 * interrupted wait lets its request go, keeping the interrupt.
 */
final class RateLimitInterceptor implements Interceptor {

    /** The name the interceptor is registered under. */
    static final String NAME = "gantry-rate-limit";

    private static final String EVENT_LOOP_THREAD = "vert.x-eventloop-thread-";

    private final Bucket bucket;

    RateLimitInterceptor(RequestRateLimit limit) {
        Duration perToken = Duration.ofNanos(Math.max(1, Math.round(1_000_000_000d / limit.qps())));
        this.bucket = Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.burst()).refillGreedy(1, perToken))
                .build();
    }

    @Override
    public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
        if (Thread.currentThread().getName().startsWith(EVENT_LOOP_THREAD)) {
            bucket.consumeIgnoringRateLimits(1);
            return;
        }
        try {
            bucket.asBlocking().consume(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
