package dev.gantry.bench;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The API server's own limit for server-side apply, as a client tuned for it reaches it: many
 * requests in flight, no client-side rate limit, the best of a few concurrencies. Gantry's rates
 * are put beside it as a fraction, so a row says how much of the server a sync uses.
 */
final class ApiCeiling {

    private static final int[] CONCURRENCY = {4, 16, 64};

    private final KubernetesClient client;

    ApiCeiling(KubernetesClient client) {
        this.client = client;
    }

    /** The best objects per second over {@link #CONCURRENCY}, each run applying {@code objects} new ConfigMaps to {@code namespace}. */
    Result measure(String namespace, int objects) throws Exception {
        Result best = null;
        for (int threads : CONCURRENCY) {
            long nanos = apply(namespace, objects, threads, "c" + threads + "-");
            Result result = new Result(threads, objects * 1e9 / nanos);
            if (best == null || result.perSecond() > best.perSecond()) {
                best = result;
            }
        }
        return best;
    }

    private long apply(String namespace, int objects, int threads, String prefix) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> applies = new ArrayList<>();
            for (int i = 0; i < objects; i++) {
                ConfigMap configMap = new ConfigMapBuilder().withNewMetadata().withName(prefix + i).withNamespace(namespace)
                        .endMetadata().addToData("version", "0").build();
                applies.add(pool.submit(() -> client.resource(configMap).fieldManager("bench-ceiling").forceConflicts()
                        .serverSideApply()));
            }
            for (Future<?> apply : applies) {
                apply.get();
            }
            return System.nanoTime() - start;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The server's measured limit: objects per second at the concurrency that reached it. */
    record Result(int threads, double perSecond) {

        /** {@code rate} as a share of this limit, for a row. */
        String share(String what, double rate) {
            return String.format("%s %.0f objects/s = %.0f%% of it", what, rate, 100 * rate / perSecond);
        }
    }
}
