package dev.gantry.reconcile.quartz;

import dev.gantry.reconcile.SyncCoordinator;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

/** Reconciles every environment and project on the resync schedule, correcting drift. */
@DisallowConcurrentExecution
public class ResyncJob implements Job {

    private SyncCoordinator coordinator;

    /** Set by Spring's job factory. */
    @Autowired
    public void setCoordinator(SyncCoordinator coordinator) {
        this.coordinator = coordinator;
    }

    @Override
    public void execute(JobExecutionContext context) {
        coordinator.requestResync("periodic resync");
    }
}
