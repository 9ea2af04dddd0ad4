package dev.gantry.reconcile;

import dev.gantry.deploy.Leadership;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs syncs one at a time on their own thread and coalesces requests: any number of webhooks and
 * polls that arrive during a sync cause exactly one more sync afterwards. A sync only plans: it
 * queues the projects' work, which the {@link ControllerLoop}'s work queue runs and retries, so a
 * sync is short and no project's reconcile holds up the next commit. A sync that ends in a Java
 * Error the process survives (see {@link SurvivableErrors}) is logged, and the sync thread goes on
 * to the next.
 */
public final class SyncCoordinator implements SyncTrigger, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncCoordinator.class);

    private final Consumer<SyncMode> sync;
    private final Leadership leadership;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "gantry-sync");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean changesPending = new AtomicBoolean();
    private final AtomicBoolean fullPending = new AtomicBoolean();
    private final AtomicBoolean resyncPending = new AtomicBoolean();

    /** Coordinates calls of {@code sync}, which run only while this replica leads. */
    public SyncCoordinator(Consumer<SyncMode> sync, Leadership leadership) {
        this.sync = sync;
        this.leadership = leadership;
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
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
