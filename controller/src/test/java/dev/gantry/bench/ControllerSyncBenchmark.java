package dev.gantry.bench;

import dev.gantry.audit.gitnotes.GitNotesAuditLog;
import dev.gantry.deploy.HealthAssessor;
import dev.gantry.deploy.InMemoryClusterApplier;
import dev.gantry.deploy.Leadership;
import dev.gantry.reconcile.AuditRecorder;
import dev.gantry.reconcile.ControllerLoop;
import dev.gantry.reconcile.MetricsRecorder;
import dev.gantry.reconcile.OutcomeRecorder;
import dev.gantry.reconcile.ProjectReconciler;
import dev.gantry.reconcile.StatusStore;
import dev.gantry.reconcile.SyncCoordinator;
import dev.gantry.reconcile.SyncMode;
import dev.gantry.release.RegistryCredentials;
import dev.gantry.release.oci.ArtifactStores;
import dev.gantry.source.ChangeSet;
import dev.gantry.source.GitCredentials;
import dev.gantry.signing.jgit.JGitSignatureVerifier;
import dev.gantry.source.GitOpsRemote;
import dev.gantry.source.jgit.GitOpsMirror;
import dev.gantry.source.jgit.JGitGitOpsRepository;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A benchmark, not a test: it prints figures and asserts nothing about them, and its name keeps it
 * out of normal runs. The real loop, reconciler, JGit mirror, OCI layout store and health assessor
 * against the in-memory cluster fake; see docs/benchmarks.md. Run with
 * {@code mvn -B -q -pl controller test -Dtest=ControllerSyncBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * or {@code bench/controller-sync.sh}. System properties: {@code bench.pointers} (default
 * {@code 1000,10000}), {@code bench.commits} (20), {@code bench.poll} (poll interval in ms, 1000),
 * {@code bench.audit} ({@code true} adds the git-notes audit recorder that {@code gantry serve} has).
 */
class ControllerSyncBenchmark {

    private static final Duration DEFAULT_POLL = Duration.ofSeconds(60);
    private static final int CHANGESET_REPEATS = 101;
    private static final boolean AUDIT = Boolean.getBoolean("bench.audit");

    @TempDir
    Path temp;

    private final int commits = Integer.getInteger("bench.commits", 20);
    private final Duration poll = Duration.ofMillis(Long.getLong("bench.poll", 1000));
    private final Random random = new Random(42);

    @Test
    void printsControllerSyncFigures() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (String size : System.getProperty("bench.pointers", "1000,10000").split(",")) {
            rows.add(run(Integer.parseInt(size.trim())));
        }
        print(rows);
    }

    private Row run(int pointers) throws Exception {
        Path folder = temp.resolve("n" + pointers);
        try (SyntheticGitOps gitops = SyntheticGitOps.create(folder, pointers);
                GitOpsMirror mirror = GitOpsMirror.open(folder.resolve("cache"),
                        new GitOpsRemote(gitops.remote().url(), "main", GitCredentials.none()))) {
            Row row = new Row(pointers);
            row.seedMillis = millis(() -> gitops.seed());
            row.publishMillis = millis(gitops::publishReleases);
            row.published = gitops.publishedReleases();
            row.projects = gitops.projects();

            JGitGitOpsRepository repository = new JGitGitOpsRepository(mirror);
            AppliedSignal signal = new AppliedSignal();
            List<OutcomeRecorder> recorders = new ArrayList<>(List.of(new StatusStore(), new MetricsRecorder(new SimpleMeterRegistry()),
                    signal));
            if (AUDIT) {
                recorders.add(new AuditRecorder(new GitNotesAuditLog(mirror, "Gantry", "gantry@localhost"), "bench"));
            }
            ProjectReconciler reconciler = new ProjectReconciler(
                    registry -> ArtifactStores.forRegistry(registry, RegistryCredentials.NONE), new InMemoryClusterApplier(),
                    new HealthAssessor()::assess, Clock.systemUTC(), Duration.ofMillis(50));
            ControllerLoop loop = new ControllerLoop(repository, reconciler, recorders, gitops.registry(),
                    new JGitSignatureVerifier(folder.resolve("allowed-signers")));

            row.heapBeforeMiB = heapAfterGcMiB();
            row.coldSyncMillis = millis(() -> loop.accept(SyncMode.FULL));
            row.heapAfterMiB = heapAfterGcMiB();
            row.outcomes = signal.drainCounts().toString();
            System.out.printf("N=%,d: cold full sync %,d ms, outcomes %s%n", pointers, row.coldSyncMillis, row.outcomes);
            row.firstFailure = signal.firstFailure();

            measureChangeDetection(row, gitops, repository, loop);
            try (SyncCoordinator coordinator = new SyncCoordinator(loop, Leadership.ALWAYS, loop::retryPending,
                    new SyncCoordinator.Backoff(Duration.ofSeconds(5), Duration.ofMinutes(5)))) {
                row.webhook = latencies(gitops, signal, coordinator, false);
                row.polled = latencies(gitops, signal, coordinator, true);
            }
            row.laterOutcomes = signal.drainCounts().toString();
            row.firstFailure = signal.firstFailure();
            return row;
        }
    }

    /** Times the ChangeSet of one changed pointer, and of the whole tree for contrast. */
    private void measureChangeDetection(Row row, SyntheticGitOps gitops, JGitGitOpsRepository repository, ControllerLoop loop)
            throws Exception {
        String before = loop.lastReconciled().orElseThrow();
        RevCommit next = gitops.moveDevPointer(0, SyntheticGitOps.seededVariant(0, 1));
        repository.fetch();
        long[] nanos = new long[CHANGESET_REPEATS];
        ChangeSet changes = null;
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            changes = repository.changesBetween(before, next.name());
            nanos[i] = System.nanoTime() - start;
        }
        row.changeSetSize = changes.size();
        row.changeSetMicros = percentiles(nanos, 1_000);
        long start = System.nanoTime();
        row.fullChangeSetSize = repository.changesBetween(null, next.name()).size();
        row.fullChangeSetMillis = (System.nanoTime() - start) / 1e6;
        loop.accept(SyncMode.CHANGES);
    }

    /**
     * Commits one pointer move at a time and measures from the commit landing on the remote to
     * that project's outcome being recorded. Webhook: the sync is requested at once, as the webhook
     * controller does. Poll: a scheduler requests a sync every {@link #poll}; each commit lands after
     * a random pause of up to one interval, so it meets the schedule at a random phase.
     */
    private double[] latencies(SyntheticGitOps gitops, AppliedSignal signal, SyncCoordinator coordinator, boolean polled)
            throws Exception {
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        if (polled) {
            ticks.scheduleAtFixedRate(() -> coordinator.requestSync("poll"), 0, poll.toMillis(), TimeUnit.MILLISECONDS);
        }
        long[] nanos = new long[commits];
        try {
            for (int i = 0; i < commits; i++) {
                if (polled) {
                    LockSupport.parkNanos((long) (random.nextDouble() * poll.toNanos()));
                }
                int project = random.nextInt(gitops.projects());
                RevCommit commit = gitops.moveDevPointer(project, (SyntheticGitOps.seededVariant(project, 0) + 1 + i % 2)
                        % SyntheticGitOps.VARIANTS);
                long landed = System.nanoTime();
                var applied = signal.expect(commit.name(), "dev", SyntheticGitOps.project(project));
                if (!polled) {
                    coordinator.requestSync("webhook generic");
                }
                nanos[i] = applied.get(2, TimeUnit.MINUTES) - landed;
            }
        } finally {
            ticks.shutdownNow();
        }
        return percentiles(nanos, 1_000_000);
    }

    private static double[] percentiles(long[] values, double unit) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return new double[] {sorted[(sorted.length - 1) / 2] / unit, sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / unit,
                sorted[sorted.length - 1] / unit};
    }

    private static long heapAfterGcMiB() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static long millis(Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** A timed step. */
    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    /** The figures of one repository size. */
    private static final class Row {
        final int pointers;
        int projects;
        int published;
        long seedMillis;
        long publishMillis;
        long heapBeforeMiB;
        long coldSyncMillis;
        long heapAfterMiB;
        String outcomes;
        String laterOutcomes;
        String firstFailure;
        int changeSetSize;
        double[] changeSetMicros;
        int fullChangeSetSize;
        double fullChangeSetMillis;
        double[] webhook;
        double[] polled;

        Row(int pointers) {
            this.pointers = pointers;
        }
    }

    private void print(List<Row> rows) {
        StringBuilder out = new StringBuilder("\n== Controller sync benchmark ==\n");
        out.append(String.format("machine: %d cores, max heap %d MiB, %s %s, %s %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch")));
        out.append("cluster: the in-memory fake dev.gantry.deploy.InMemoryClusterApplier, NOT an API server\n");
        out.append("kubectl apply --server-side comparison: ").append(System.getenv("GANTRY_BENCH_KUBECONFIG") == null
                ? "n/a (no API server; set GANTRY_BENCH_KUBECONFIG)" : "GANTRY_BENCH_KUBECONFIG is set, but this benchmark does not run it yet")
                .append('\n');
        out.append("recorders: status store, metrics (SimpleMeterRegistry)").append(AUDIT
                ? ", git-notes audit (GitNotesAuditLog, pushing to the bare remote)\n" : "; no git-notes audit, no Kubernetes Events\n");
        out.append("releases: 10 distinct releases of 3 ConfigMaps; each project's 3 are published into its own layout "
                + "<layout>/<repository>/<project> with ReleasePublisher, projects in parallel\n");
        out.append(String.format("latency: %d one-pointer commits per path; webhook = request a sync at once; poll = a %d ms "
                + "schedule, commits at a random phase%n%n", commits, poll.toMillis()));
        for (Row row : rows) {
            out.append(String.format("N=%,d: %,d projects; seed commit %,d ms (pack inserter); published %,d releases in %,d ms; "
                    + "cold sync outcomes %s, later syncs %s%s%n", row.pointers, row.projects, row.seedMillis, row.published,
                    row.publishMillis, row.outcomes, row.laterOutcomes, row.firstFailure == null ? "" : "; first not applied: " + row.firstFailure));
        }
        out.append("\n| figure | ").append(String.join(" | ", rows.stream().map(r -> String.format("%,d pointers", r.pointers)).toList()))
                .append(" |\n|---|").append("---:|".repeat(rows.size())).append('\n');
        line(out, "cold full sync, wall (s)", rows, r -> String.format("%.1f", r.coldSyncMillis / 1000.0));
        line(out, "cold full sync, ms per pointer", rows, r -> String.format("%.2f", (double) r.coldSyncMillis / r.pointers));
        line(out, "heap used after GC, before / after the sync (MiB)", rows, r -> r.heapBeforeMiB + " / " + r.heapAfterMiB);
        line(out, "ChangeSet, first sync: paths, time (ms)", rows, r -> String.format("%,d, %.0f", r.fullChangeSetSize, r.fullChangeSetMillis));
        line(out, "ChangeSet, one changed pointer: paths", rows, r -> Integer.toString(r.changeSetSize));
        line(out, "ChangeSet, one changed pointer: median / p95 (µs)", rows,
                r -> String.format("%.0f / %.0f", r.changeSetMicros[0], r.changeSetMicros[1]));
        line(out, "commit to applied, webhook: p50 / p95 / max (ms)", rows, r -> triple(r.webhook));
        line(out, String.format("commit to applied, poll every %.1f s: p50 / p95 / max (ms)", poll.toMillis() / 1000.0), rows,
                r -> triple(r.polled));
        line(out, "commit to applied, poll every 60 s (default), estimated: p50 / p95 (s)", rows, r -> String.format("%.1f / %.1f",
                (DEFAULT_POLL.toMillis() * 0.50 + r.webhook[0]) / 1000, (DEFAULT_POLL.toMillis() * 0.95 + r.webhook[1]) / 1000));
        System.out.println(out);
    }

    private static String triple(double[] values) {
        return String.format("%.0f / %.0f / %.0f", values[0], values[1], values[2]);
    }

    private static void line(StringBuilder out, String figure, List<Row> rows, java.util.function.Function<Row, String> cell) {
        out.append("| ").append(figure).append(" | ").append(String.join(" | ", rows.stream().map(cell).toList())).append(" |\n");
    }
}
