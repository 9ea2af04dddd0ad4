package dev.gantry.reconcile.quartz;

import dev.gantry.reconcile.SyncCoordinator;
import dev.gantry.reconcile.SyncMode;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

/** Asks for a sync on a schedule: a poll of what changed, or the periodic resync that corrects drift. */
@DisallowConcurrentExecution
public class SyncJob implements Job {

    /** The job data key holding the {@link SyncMode} name. */
    static final String MODE = "mode";

    private SyncCoordinator coordinator;

    /** Set by Spring's job factory. */
    @Autowired
    public void setCoordinator(SyncCoordinator coordinator) {
        this.coordinator = coordinator;
    }

    @Override
    public void execute(JobExecutionContext context) {
        if (SyncMode.valueOf(context.getMergedJobDataMap().getString(MODE)) == SyncMode.RESYNC) {
            coordinator.requestPeriodicResync("schedule");
        } else {
            coordinator.requestSync("poll");
        }
    }
}
