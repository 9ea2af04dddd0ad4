package dev.gantry.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue #13's targets, each beside the figure this run measured for it and its anchor, printed as a
 * second table after the main one. Every figure is one the sections already put in a row; nothing is
 * measured again. At quick sizes the figures are not comparable with the targets, and the table says so.
 */
final class Targets {

    private static final String QUICK = "quick sizes: not comparable";
    private static final long SECOND = 1_000_000_000L;

    private final boolean fullSizes;
    private final int cores;
    private int releases;
    private long syncNanos = -1;
    private double syncRate = -1;
    private KubectlComparison.Rates rates;
    private String ratesMissing = "not measured in this run";
    private ControllerSync.Webhook webhook;
    private long scriptLoopNanos = -1;
    private int restingPointers;
    private long restingHeap = -1;
    private long[] driftNanos = new long[0];

    Targets(Sizes sizes) {
        this.fullSizes = sizes == Sizes.FULL;
        this.cores = Runtime.getRuntime().availableProcessors();
    }

    /** The cold sync of the throughput row: its releases, wall time and objects per second. */
    void throughput(int releases, long nanos, double objectsPerSecond) {
        this.releases = releases;
        this.syncNanos = nanos;
        this.syncRate = objectsPerSecond;
    }

    /** The API server's limit and kubectl's rate, from the kubectl rows. */
    void rates(KubectlComparison.Rates measured) {
        this.rates = measured;
    }

    /** Why the API server's limit and kubectl's rate were not measured. */
    void ratesMissing(String why) {
        this.ratesMissing = why;
    }

    /** The webhook latencies of the latency run. */
    void webhook(ControllerSync.Webhook measured) {
        this.webhook = measured;
    }

    /** The median of the git pull + kubectl script's loop, the latency's anchor. */
    void scriptLoop(long medianNanos) {
        this.scriptLoopNanos = medianNanos;
    }

    /** The resting controller's heap used after GC. */
    void restingHeap(int pointers, long bytes) {
        this.restingPointers = pointers;
        this.restingHeap = bytes;
    }

    /** A title line, then the table. */
    void print(PrintStream out) {
        out.println();
        out.println("Issue #13 targets");
        out.println();
        out.println("| target | ours | anchor | met? |");
        out.println("|---|---|---|---|");
        for (Line line : lines()) {
            out.println("| " + Table.cell(line.target()) + " | " + Table.cell(line.ours()) + " | " + Table.cell(line.anchor())
                    + " | " + Table.cell(line.met()) + " |");
        }
    }

    private List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        lines.add(throughput());
        lines.add(applyRate());
        lines.add(latency());
        lines.add(drift());
        lines.add(heap());
        return lines;
    }

    private Line drift() {
        String target = "T4: a manual change to a managed field reverted within 2 s";
        if (driftNanos.length == 0) {
            return new Line(target, "not measured (needs a real API server)", "none given", "not measured");
        }
        long p50 = Timing.median(driftNanos);
        long max = Timing.percentile(driftNanos, 100);
        String ours = "p50 " + Timing.ms(p50) + ", max " + Timing.ms(max) + " over " + driftNanos.length + " edits";
        return new Line(target, ours, "Argo CD and Flux: at the next refresh or interval unless self-heal watches; "
                + "no published figure", fullSizes ? (max <= 2 * SECOND ? "yes" : "no") : QUICK);
    }

    /** The revert times of the drift row, in nanoseconds. */
    void drift(long[] measured) {
        driftNanos = measured.clone();
    }

    private Line throughput() {
        String target = "T1: 1,000 releases of 3 objects from one commit applied in at most 20 s on 2 cores";
        String anchor = "Flux's published benchmark: 1,000 Kustomizations in 4 min 16 s on 16 cores";
        if (syncNanos < 0) {
            return new Line(target, "not measured", anchor, "not measured");
        }
        String ours = String.format("%.1f s for %,d releases (cold full sync, the throughput row), %d cores", syncNanos / 1e9,
                releases, cores);
        return new Line(target, ours, anchor, met(syncNanos <= 20 * SECOND, cores == 2 ? "" : "on " + cores + " cores, not 2"));
    }

    private Line applyRate() {
        String target = "T2: an apply rate of at least 80% of the API server's limit measured in this run, and at least "
                + "10 times kubectl apply --server-side's";
        if (rates == null || syncRate < 0) {
            return new Line(target, "not measured: " + ratesMissing, "none measured", "not measured");
        }
        double share = syncRate / rates.ceiling().perSecond();
        double times = syncRate / rates.kubectlPerSecond();
        String ours = String.format("%.0f objects/s in the cold sync of %,d releases = %.0f%% of the limit, %.1f times kubectl",
                syncRate, releases, 100 * share, times);
        String anchor = String.format("the API server's limit %.0f objects/s (a tuned client, %d in flight); kubectl apply "
                + "--server-side %.0f objects/s", rates.ceiling().perSecond(), rates.ceiling().threads(), rates.kubectlPerSecond());
        return new Line(target, ours, anchor, met(share >= 0.8 && times >= 10, ""));
    }

    private Line latency() {
        String target = "T3: webhook commit-to-applied p50 at most 0.5 s and p95 at most 1.5 s with 10,000 pointers, while "
                + "another project waits on health";
        String anchor = scriptLoopNanos < 0 ? "none measured" : "git pull + kubectl apply --server-side --prune --applyset of "
                + "the changed folder: median " + Timing.ms(scriptLoopNanos) + " in this run";
        if (webhook == null) {
            return new Line(target, "not measured", anchor, "not measured");
        }
        String ours = String.format("p50 %s, p95 %s, %,d pointers; %s %s", Timing.ms(webhook.p50()), Timing.ms(webhook.p95()),
                webhook.pointers(), SyntheticGitOps.WAITING, webhook.waitedOnHealth() ? "PROGRESSING throughout"
                        : webhook.waitingPhase() + " at the end, so not waiting throughout");
        if (!webhook.waitedOnHealth()) {
            return new Line(target, ours, anchor, fullSizes ? "no: the other project was not waiting on health" : QUICK);
        }
        return new Line(target, ours, anchor, met(webhook.p50() <= SECOND / 2 && webhook.p95() <= 3 * SECOND / 2, ""));
    }

    private Line heap() {
        String target = "T5: heap at rest with 10,000 pointers at most 256 MiB, informer caches included";
        if (restingHeap < 0) {
            return new Line(target, "not measured", "none given", "not measured");
        }
        String ours = "heap used after GC " + Timing.mib(restingHeap) + String.format(", %,d pointers (the memory-at-rest row)",
                restingPointers);
        return new Line(target, ours, "none given", met(restingHeap <= 256L << 20, "informer caches included"));
    }

    /** Yes or no at full sizes, with a note when there is one; the quick-sizes note otherwise. */
    private String met(boolean met, String note) {
        if (!fullSizes) {
            return QUICK;
        }
        return (met ? "yes" : "no") + (note.isEmpty() ? "" : "; " + note);
    }

    /** One target's line. */
    private record Line(String target, String ours, String anchor, String met) {
    }
}
