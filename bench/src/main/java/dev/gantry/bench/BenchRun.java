package dev.gantry.bench;

import dev.gantry.deploy.InMemoryClusterApplier;
import dev.gantry.deploy.fabric8.Fabric8Connection;
import dev.gantry.testing.registry.DistributionRegistry;
import dev.gantry.testing.registry.RegistryAuth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code bench/run.sh}: starts the parts, runs every section and prints one table. {@code --quick}
 * runs small sizes. Issue #13's targets follow in a second table, built from the first's figures. The Kubernetes API is {@code GANTRY_BENCH_KUBECONFIG}'s (bench/run.sh starts the test
 * control plane when it is unset), else Fabric8's mock server.
 */
public final class BenchRun {

    private static final String NEEDS_KUBECONFIG = "needs GANTRY_BENCH_KUBECONFIG";

    private final Sizes sizes;
    private final Path work;
    private final String machine;
    private final Table table;
    private final Targets targets;

    private BenchRun(Sizes sizes, Path work) {
        this.sizes = sizes;
        this.work = work;
        this.machine = String.format("%d cores, %s %s", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        this.table = new Table(machine + ", max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + (sizes == Sizes.QUICK ? "; quick mode (small sizes)" : "; full mode"));
        this.targets = new Targets(sizes);
    }

    /** Runs the benchmark; {@code --quick} for small sizes. */
    public static void main(String[] args) throws Exception {
        boolean quick = args.length > 0 && args[0].equals("--quick");
        if (args.length > 1 || args.length == 1 && !quick) {
            System.err.println("usage: bench/run.sh [--quick]");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("gantry-bench-");
        try {
            new BenchRun(quick ? Sizes.QUICK : Sizes.FULL, work).run();
        } finally {
            deleteRecursively(work);
        }
        System.exit(0);
    }

    private void run() throws Exception {
        for (int pointers : sizes.scalePointers()) {
            new RepositoryScale(table, machine).run(folder("scale-" + pointers), pointers);
        }
        new GitComparison(table, machine).run(folder("git"), sizes.largestScale(), Math.max(5, sizes.runs() * 3));
        try (ApiServer api = ApiServer.start()) {
            ControllerSync sync = new ControllerSync(table, machine);
            runWatched(api, sync, folder("sync-api"), sizes.syncPointers(), 0);
            double syncRate = sync.objectsPerSecond();
            targets.throughput(sizes.syncPointers(), sync.syncNanos(), syncRate);
            runWatched(api, sync, folder("sync-api-latency"), sizes.latencyPointers(), sizes.commits());
            targets.webhook(sync.webhook());
            targets.drift(sync.driftNanos());
            sync.run(folder("sync-memory"), sizes.syncPointers(), new InMemoryClusterApplier(),
                    "API: none, the in-memory applier (test fake of the deploy port), for contrast", 0, sizes.poll());
            targets.restingHeap(sizes.restingPointers(),
                    new RestingMemory(table, machine).run(folder("resting"), sizes.restingPointers(), api));
            packaging();
            kubectl(api, sync, syncRate);
        }
        table.print(System.out);
        targets.print(System.out);
    }

    /**
     * A sync as {@code gantry serve} runs it: on a real server through a connection of its own,
     * with the watch that sees drift (and, after latencies, the drift row); on the mock without.
     */
    private void runWatched(ApiServer api, ControllerSync sync, Path folder, int pointers, int commits) throws Exception {
        if (!api.real()) {
            sync.run(folder, pointers, api.applier(), api.label(), commits, sizes.poll());
            return;
        }
        try (Fabric8Connection connection = api.connection()) {
            sync.run(folder, pointers, connection.applier(), connection.watch(), commits > 0 ? api.client() : null,
                    api.label() + ", with the watch", commits, sizes.poll());
        }
    }

    private void packaging() throws Exception {
        if (!DistributionRegistry.installed(DistributionRegistry.DEFAULT_BINARY)) {
            table.add("release packaging", "skipped: no distribution registry at " + DistributionRegistry.DEFAULT_BINARY
                    + " (apt-get install docker-registry)", machine);
            return;
        }
        try (DistributionRegistry registry = DistributionRegistry.start(RegistryAuth.ANONYMOUS)) {
            Packaging packaging = new Packaging(table, machine, registry, sizes.runs());
            packaging.warmUp(folder("packaging-warm-up"));
            for (int manifests : sizes.manifests()) {
                packaging.run(folder("packaging-" + manifests), manifests);
            }
        }
    }

    private void kubectl(ApiServer api, ControllerSync sync, double syncRate) throws Exception {
        String apply = "side by side: Gantry apply / kubectl apply --server-side";
        String loop = "side by side: Gantry commit-to-applied / git pull + kubectl apply --server-side --prune";
        if (!api.real()) {
            table.add(apply, NEEDS_KUBECONFIG, machine + "; " + api.label());
            table.add(loop, NEEDS_KUBECONFIG, machine + "; " + api.label());
            targets.ratesMissing(NEEDS_KUBECONFIG);
            return;
        }
        if (!Commands.available("kubectl")) {
            table.add(apply, "skipped: kubectl is not on the PATH", machine);
            targets.ratesMissing("kubectl is not on the PATH");
            return;
        }
        KubectlComparison kubectl = new KubectlComparison(table, machine, api);
        targets.rates(kubectl.apply(folder("kubectl-apply"), sizes.kubectlObjects(), syncRate));
        targets.scriptLoop(kubectl.loop(folder("kubectl-loop"), sizes.commits(), sync.webhookMedian()));
    }

    private Path folder(String name) throws IOException {
        return Files.createDirectories(work.resolve(name));
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the benchmark's work folder " + root, e);
        }
    }
}
