package dev.gantry.bench;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;

/**
 * How soon a manual change to a managed field is reverted: edits one data field of a project's
 * ConfigMap as another field manager (as {@code kubectl edit} does), then polls until the
 * controller has put Gantry's value back. No sync is requested: only the watch can see it.
 */
final class DriftRevert {

    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    private final KubernetesClient client;
    private final Random random = new Random(7);

    DriftRevert(KubernetesClient client) {
        this.client = client;
    }

    /** Nanoseconds from each of {@code samples} edits to its revert, or -1 for one not reverted within 30 s. */
    long[] measure(int projects, int samples) {
        long[] nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            var project = SyntheticGitOps.project(random.nextInt(projects));
            String namespace = project.project() + "-dev";
            var map = client.configMaps().inNamespace(namespace).withName("settings");
            String applied = map.get().getData().get("variant");
            long edited = System.nanoTime();
            map.edit(live -> new ConfigMapBuilder(live).addToData("variant", "edited by hand").build());
            nanos[i] = waitFor(map::get, applied, edited);
        }
        return nanos;
    }

    private static long waitFor(java.util.function.Supplier<ConfigMap> read, String applied, long edited) {
        long deadline = edited + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            ConfigMap live = read.get();
            if (live != null && applied.equals(live.getData().get("variant"))) {
                return System.nanoTime() - edited;
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        return -1;
    }
}
