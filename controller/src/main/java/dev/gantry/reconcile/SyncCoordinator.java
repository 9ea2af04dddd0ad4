package dev.gantry.reconcile;

import dev.gantry.deploy.Leadership;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs syncs one at a time on their own thread and coalesces requests: any number of webhooks and
 * polls that arrive during a sync cause exactly one more sync afterwards. While projects wait for a
 * retry, it schedules another sync after an exponential backoff (doubling from the first delay up
 * to the longest), and starts over from the first delay after a sync that leaves none. A sync that
 * ends in a Java Error the process survives (see {@link SurvivableErrors}) is logged, and the sync
 * thread goes on to the next.
 */
public final class SyncCoordinator implements SyncTrigger, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncCoordinator.class);

    private final Consumer<SyncMode> sync;
    private final Leadership leadership;
    private final BooleanSupplier retryPending;
    private final Backoff backoff;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "gantry-retry");
        thread.setDaemon(true);
        return thread;
    });
    private Duration nextDelay;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "gantry-sync");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean changesPending = new AtomicBoolean();
    private final AtomicBoolean fullPending = new AtomicBoolean();
    private final AtomicBoolean resyncPending = new AtomicBoolean();

    /** Coordinates calls of {@code sync}, which run only while this replica leads, without retries. */
    public SyncCoordinator(Consumer<SyncMode> sync, Leadership leadership) {
        this(sync, leadership, () -> false, new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(5)));
    }

    /**
     * Coordinates calls of {@code sync}, retrying with backoff while {@code retryPending} says so.
     *
     * @param sync one sync
     * @param leadership syncs run only while this replica leads
     * @param retryPending whether the last sync left projects to retry
     * @param backoff the first and the longest delay between retries
     */
    public SyncCoordinator(Consumer<SyncMode> sync, Leadership leadership, BooleanSupplier retryPending, Backoff backoff) {
        this.sync = sync;
        this.leadership = leadership;
        this.retryPending = retryPending;
        this.backoff = backoff;
        this.nextDelay = backoff.first();
    }

    @Override
    public void requestSync(String reason) {
        if (changesPending.compareAndSet(false, true)) {
            LOG.info("sync requested: {}", reason);
            executor.execute(() -> run(changesPending, SyncMode.CHANGES));
        }
    }

    /** Requests a full resync of every environment and project. */
    public void requestResync(String reason) {
        if (fullPending.compareAndSet(false, true)) {
            LOG.info("full resync requested: {}", reason);
            executor.execute(() -> run(fullPending, SyncMode.FULL));
        }
    }

    /** Requests the periodic resync: what changed, and the environments whose resync is due. */
    public void requestPeriodicResync(String reason) {
        if (resyncPending.compareAndSet(false, true)) {
            LOG.info("periodic resync requested: {}", reason);
            executor.execute(() -> run(resyncPending, SyncMode.RESYNC));
        }
    }

    private void run(AtomicBoolean pending, SyncMode mode) {
        pending.set(false);
        if (!leadership.leading()) {
            LOG.debug("not the leader; {} sync skipped", mode);
            return;
        }
        try {
            sync.accept(mode);
        } catch (RuntimeException e) {
            LOG.error("sync failed: {}", e.getMessage(), e);
        } catch (Error e) {
            LOG.error("sync stopped by {}", SurvivableErrors.describe(SurvivableErrors.survive(e)), e);
        }
        scheduleRetry();
    }

    private void scheduleRetry() {
        if (!retryPending.getAsBoolean()) {
            nextDelay = backoff.first();
            return;
        }
        Duration delay = nextDelay;
        nextDelay = delay.multipliedBy(2).compareTo(backoff.longest()) > 0 ? backoff.longest() : delay.multipliedBy(2);
        if (retries.isShutdown()) {
            return;
        }
        LOG.info("projects wait for a retry; next sync in {}s", delay.toSeconds());
        try {
            retries.schedule(() -> requestSync("retry"), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("closing; no retry scheduled");
        }
    }

    /**
     * Delays between retries.
     *
     * @param first the first delay
     * @param longest the longest delay
     */
    public record Backoff(Duration first, Duration longest) {
    }

    @Override
    public void close() {
        retries.shutdownNow();
        executor.shutdownNow();
    }
}
