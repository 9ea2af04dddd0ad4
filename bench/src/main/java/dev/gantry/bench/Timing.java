package dev.gantry.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;

/** Clocks, percentiles and heap figures the sections share. */
final class Timing {

    private static final List<MemoryPoolMXBean> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

    private Timing() {
    }

    /** A timed step. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    /** The wall time of one step, in nanoseconds. */
    static long nanos(Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return System.nanoTime() - start;
    }

    /**
     * Runs a step after a full GC and reports the wall time and the peak heap it reached: the sum
     * of the heap pools' peaks, reset just before the step (an upper bound, as pools peak at
     * different moments).
     */
    static Measured measured(Step step) throws Exception {
        usedHeapAfterGc();
        HEAP_POOLS.forEach(MemoryPoolMXBean::resetPeakUsage);
        long nanos = nanos(step);
        long peak = HEAP_POOLS.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Measured(nanos, peak);
    }

    /** Wall time and peak heap of one step. */
    record Measured(long nanos, long peakHeapBytes) {
    }

    /** CPU time this JVM has used so far, all threads, in nanoseconds; robust where wall time is not (a shared machine). */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Heap in use after asking for three full collections. */
    static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The median of the values (nearest rank: the lower middle for an even count). */
    static long median(long[] values) {
        return percentile(values, 50);
    }

    /** The nearest-rank percentile of the values. */
    static long percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    static String ms(long nanos) {
        double millis = nanos / 1e6;
        return millis < 10 ? String.format("%.2f ms", millis) : millis < 100 ? String.format("%.1f ms", millis)
                : String.format("%,.0f ms", millis);
    }

    static String mib(long bytes) {
        return String.format("%,d MiB", bytes >> 20);
    }

    /** {@code a / b} as a ratio with two decimals, and who is faster. */
    static String ratio(long gantry, long other) {
        return String.format("%.2f (%s vs %s)", (double) gantry / other, ms(gantry), ms(other));
    }
}
