package dev.gantry.reconcile;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands every outcome to each recorder, and publishes what they batched at most once per
 * {@link #FLUSH_DELAY} (so a thousand outcomes cost one notes push, not a thousand). A recorder's
 * failure is logged and is its own: the others still record.
 */
final class OutcomeRecorders implements AutoCloseable {

    /** How long after an outcome its batch is published at the latest. */
    static final Duration FLUSH_DELAY = Duration.ofMillis(500);

    private static final Logger LOG = LoggerFactory.getLogger(OutcomeRecorders.class);

    private final List<OutcomeRecorder> recorders;
    private final AtomicBoolean flushPending = new AtomicBoolean();
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "gantry-records");
        thread.setDaemon(true);
        return thread;
    });

    OutcomeRecorders(List<OutcomeRecorder> recorders) {
        this.recorders = List.copyOf(recorders);
    }

    /** Records one outcome with every recorder, and schedules their publishing. */
    void record(ProjectOutcome outcome, SyncContext context) {
        LOG.info("{} {} in {}: {} ({})", outcome.target().project(), outcome.result(), outcome.target().environment().name(),
                outcome.message(), context.commit().substring(0, 7));
        for (OutcomeRecorder recorder : recorders) {
            try {
                recorder.record(outcome, context);
            } catch (RuntimeException e) {
                LOG.warn("recording the outcome of {} failed: {}", outcome.target().project(), e.getMessage());
            }
        }
        if (flushPending.compareAndSet(false, true)) {
            try {
                flusher.schedule(this::flush, FLUSH_DELAY.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                flushPending.set(false);
            }
        }
    }

    /** Publishes what every recorder batched, now. */
    synchronized void flush() {
        flushPending.set(false);
        for (OutcomeRecorder recorder : recorders) {
            try {
                recorder.flush();
            } catch (RuntimeException e) {
                LOG.warn("publishing the batched records failed: {}", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        flusher.shutdownNow();
        flush();
    }
}
