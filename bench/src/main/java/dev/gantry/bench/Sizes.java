package dev.gantry.bench;

import java.time.Duration;
import java.util.List;

/**
 * How big each section runs: the full sizes of issue #7, or small ones ({@code --quick}) that finish
 * in about a minute.
 *
 * @param scalePointers repository sizes for validate, full plan and change detection
 * @param syncPointers releases applied from one commit (throughput)
 * @param latencyPointers pointers of the repository the commit-to-applied latencies are measured in
 * @param commits one-pointer commits per latency path
 * @param poll the poll interval of the poll path
 * @param restingPointers pointers the resting controller holds
 * @param manifests project sizes for release packaging
 * @param runs repeats of each packaging build and of each git comparison
 * @param kubectlObjects ConfigMaps applied by Gantry and by kubectl
 */
record Sizes(List<Integer> scalePointers, int syncPointers, int latencyPointers, int commits, Duration poll, int restingPointers,
        List<Integer> manifests, int runs, int kubectlObjects) {

    static final Sizes FULL = new Sizes(List.of(1_000, 10_000), 1_000, 10_000, 20, Duration.ofSeconds(1), 10_000,
            List.of(10, 100, 1_000), 3, 300);

    static final Sizes QUICK = new Sizes(List.of(100, 300), 50, 300, 20, Duration.ofMillis(200), 300,
            List.of(10, 50), 2, 30);

    /** The largest repository of the scale rows. */
    int largestScale() {
        return scalePointers.get(scalePointers.size() - 1);
    }
}
