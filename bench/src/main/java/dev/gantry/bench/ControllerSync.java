package dev.gantry.bench;

import dev.gantry.deploy.ClusterApplier;
import dev.gantry.deploy.ManagedObjectWatch;
import io.fabric8.kubernetes.client.KubernetesClient;
import dev.gantry.deploy.Leadership;
import dev.gantry.reconcile.ProjectOutcome.Result;
import dev.gantry.reconcile.ProjectStatus;
import dev.gantry.reconcile.SyncCoordinator;
import dev.gantry.reconcile.SyncMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Throughput and latency of the controller loop: a cold FULL sync of one commit whose pointers
 * each name a release of three ConfigMaps, then commit-to-applied latency of one-pointer commits,
 * with a sync requested at once (webhook) or on a schedule (poll), while one more project
 * ({@link SyntheticGitOps#WAITING}) waits on health the whole time.
 */
final class ControllerSync {

    private final Table table;
    private final String machine;
    private final Random random = new Random(42);
    private final Map<Integer, Integer> devVariants = new HashMap<>();
    private double objectsPerSecond = -1;
    private long[] driftNanos = new long[0];
    private long syncNanos = -1;
    private Webhook webhook;

    ControllerSync(Table table, String machine) {
        this.table = table;
        this.machine = machine;
    }

    /** Cold sync of {@code pointers} releases through {@code applier}, then latencies when {@code commits > 0}. */
    void run(Path folder, int pointers, ClusterApplier applier, String applierLabel, int commits, Duration poll)
            throws Exception {
        run(folder, pointers, applier, ManagedObjectWatch.none(), null, applierLabel, commits, poll);
    }

    /**
     * As {@link #run(Path, int, ClusterApplier, String, int, Duration)}, with the watch the controller
     * sees drift through; with {@code client} also how soon a manual edit is reverted.
     */
    void run(Path folder, int pointers, ClusterApplier applier, ManagedObjectWatch watch, KubernetesClient client,
            String applierLabel, int commits, Duration poll) throws Exception {
        String parts = machine + "; " + applierLabel + "; registry: OCI layout on disk; JGit";
        try (SyntheticGitOps gitops = SyntheticGitOps.create(folder, pointers)) {
            gitops.seed();
            gitops.publishReleases();
            try (ControllerRig rig = new ControllerRig(folder.resolve("mirror"), gitops.remote().url(), gitops.registry(),
                    applier, watch)) {
                long cpu = Timing.processCpuNanos();
                long nanos = Timing.nanos(() -> rig.loop().runToIdle(SyncMode.FULL));
                cpu = Timing.processCpuNanos() - cpu;
                syncNanos = nanos;
                objectsPerSecond = pointers * 3 * 1e9 / nanos;
                String failure = rig.signal().firstFailure();
                table.add(String.format("throughput: %,d releases of 3 objects applied end to end from one commit "
                        + "(cold full sync)", pointers), String.format("%.1f s wall, %.2f ms per release; CPU of this JVM "
                        + "%.1f s, %.2f ms per release; outcomes %s%s", nanos / 1e9, nanos / 1e6 / pointers, cpu / 1e9,
                        cpu / 1e6 / pointers, rig.signal().drainCounts(),
                        failure == null ? "" : "; first failure: " + failure), parts);
                if (commits > 0) {
                    latencies(gitops, rig, commits, poll, parts);
                }
                if (client != null) {
                    drift(client, gitops.projects(), commits, parts);
                }
            }
        }
    }

    private void drift(KubernetesClient client, int projects, int samples, String parts) {
        long[] nanos = new DriftRevert(client).measure(projects, samples);
        long missed = java.util.Arrays.stream(nanos).filter(n -> n < 0).count();
        long[] reverted = java.util.Arrays.stream(nanos).filter(n -> n >= 0).toArray();
        driftNanos = reverted.length == 0 ? new long[0] : reverted;
        table.add(String.format("drift: a manual edit of a managed field (another field manager) until reverted, %d edits, "
                + "no sync requested", samples), reverted.length == 0 ? "never reverted within 30 s"
                : percentiles(reverted) + (missed == 0 ? "" : "; " + missed + " not reverted within 30 s"), parts
                + "; Gantry's informers (Fabric8 shared informers, selected by app.kubernetes.io/managed-by=gantry)");
    }

    /** The revert times of the last drift measurement, in nanoseconds; empty before one. */
    long[] driftNanos() {
        return driftNanos;
    }

    /** Objects applied per second by the last cold sync. */
    double objectsPerSecond() {
        return objectsPerSecond;
    }

    /** The wall time of the last cold sync, in nanoseconds. */
    long syncNanos() {
        return syncNanos;
    }

    /** The webhook p50 of the last run with latencies, in nanoseconds; -1 before one. */
    long webhookMedian() {
        return webhook == null ? -1 : webhook.p50();
    }

    /** The webhook figures of the last run with latencies, or null before one. */
    Webhook webhook() {
        return webhook;
    }

    private void latencies(SyntheticGitOps gitops, ControllerRig rig, int commits, Duration poll, String parts)
            throws Exception {
        try (SyncCoordinator coordinator = new SyncCoordinator(rig.loop(), Leadership.ALWAYS)) {
            startWaiting(gitops, rig.signal(), coordinator);
            long[] pushed = latencies(gitops, rig.signal(), coordinator, commits, null);
            webhook = new Webhook(gitops.pointers(), Timing.median(pushed), Timing.percentile(pushed, 95), waitingPhase(rig));
            addLatencyRow(rig, String.format("commit to applied, webhook (sync requested at once), %d commits, %,d pointers",
                    commits, gitops.pointers()), pushed, webhook.waitingPhase(), parts);
            long[] polled = latencies(gitops, rig.signal(), coordinator, commits, poll);
            addLatencyRow(rig, String.format("commit to applied, poll every %s, %d commits at a random phase, %,d pointers",
                    Timing.ms(poll.toNanos()), commits, gitops.pointers()), polled, waitingPhase(rig), parts);
        }
    }

    /** A latency row, saying whether the waiting project was still waiting on health at its end, and the outcomes. */
    private void addLatencyRow(ControllerRig rig, String measured, long[] nanos, String waitingPhase, String parts) {
        String waited = stillWaiting(waitingPhase) ? " still PROGRESSING at the end"
                : " " + waitingPhase + " at the end, so not waiting on health throughout";
        table.add(measured + ", while " + SyntheticGitOps.WAITING + " in dev waits on health", percentiles(nanos) + "; "
                + SyntheticGitOps.WAITING + waited + "; outcomes " + rig.signal().drainCounts(), parts);
    }

    /**
     * Adds the waiting project and waits (a minute at most) for its PROGRESSING outcome, so that its
     * health assessment is pending through every latency measured after; the rows say if it was not.
     */
    private static void startWaiting(SyntheticGitOps gitops, AppliedSignal signal, SyncCoordinator coordinator)
            throws Exception {
        RevCommit commit = gitops.addWaitingProject();
        var progressing = signal.expect(commit.name(), "dev", SyntheticGitOps.WAITING, Result.PROGRESSING);
        coordinator.requestSync("webhook generic");
        try {
            progressing.get(1, TimeUnit.MINUTES);
        } catch (TimeoutException e) {
            System.err.println("bench: " + SyntheticGitOps.WAITING + " was not recorded PROGRESSING within a minute");
        }
    }

    private static boolean stillWaiting(String waitingPhase) {
        return Result.PROGRESSING.name().equals(waitingPhase);
    }

    /** The waiting project's phase in the status store now: PROGRESSING while its health is pending. */
    private static String waitingPhase(ControllerRig rig) {
        return rig.status().project("dev", SyntheticGitOps.WAITING).map(ProjectStatus::phase).orElse("not recorded");
    }

    /**
     * Commits one pointer move at a time and measures from the commit landing on the remote to that
     * project's APPLIED outcome being recorded. With {@code poll} null a sync is requested at once, as the
     * webhook controller does; otherwise a scheduler requests one every {@code poll}, and each commit
     * lands after a random pause of up to one interval.
     */
    private long[] latencies(SyntheticGitOps gitops, AppliedSignal signal, SyncCoordinator coordinator, int commits,
            Duration poll) throws Exception {
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        if (poll != null) {
            ticks.scheduleAtFixedRate(() -> coordinator.requestSync("poll"), 0, poll.toMillis(), TimeUnit.MILLISECONDS);
        }
        long[] nanos = new long[commits];
        try {
            for (int i = 0; i < commits; i++) {
                if (poll != null) {
                    LockSupport.parkNanos((long) (random.nextDouble() * poll.toNanos()));
                }
                int project = random.nextInt(gitops.projects());
                RevCommit commit = gitops.moveDevPointer(project, nextDevVariant(project));
                long landed = System.nanoTime();
                var applied = signal.expect(commit.name(), "dev", SyntheticGitOps.project(project));
                if (poll == null) {
                    coordinator.requestSync("webhook generic");
                }
                nanos[i] = applied.get(2, TimeUnit.MINUTES) - landed;
            }
        } finally {
            ticks.shutdownNow();
        }
        return nanos;
    }

    /**
     * The variant a project's dev pointer moves to: staging's and production's releases in turn, both
     * published, and never the one it names now, so every commit changes the pointer.
     */
    private int nextDevVariant(int project) {
        int staging = SyntheticGitOps.seededVariant(project, 1);
        int next = devVariants.getOrDefault(project, -1) == staging ? SyntheticGitOps.seededVariant(project, 2) : staging;
        devVariants.put(project, next);
        return next;
    }

    /**
     * The webhook latencies of one run.
     *
     * @param pointers the repository's pointers
     * @param p50 the median, in nanoseconds
     * @param p95 the 95th percentile, in nanoseconds
     * @param waitingPhase the waiting project's phase at the end; PROGRESSING when it waited throughout
     */
    record Webhook(int pointers, long p50, long p95, String waitingPhase) {

        /** Whether the waiting project's health was still pending at the end. */
        boolean waitedOnHealth() {
            return stillWaiting(waitingPhase);
        }
    }

    private static String percentiles(long[] nanos) {
        return "p50 " + Timing.ms(Timing.median(nanos)) + ", p95 " + Timing.ms(Timing.percentile(nanos, 95))
                + ", max " + Timing.ms(Timing.percentile(nanos, 100));
    }
}
