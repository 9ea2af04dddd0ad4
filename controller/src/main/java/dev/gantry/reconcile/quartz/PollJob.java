package dev.gantry.reconcile.quartz;

import dev.gantry.reconcile.SyncCoordinator;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

/** Fetches the GitOps repository on the poll schedule and reconciles what changed. */
@DisallowConcurrentExecution
public class PollJob implements Job {

    private SyncCoordinator coordinator;

    /** Set by Spring's job factory. */
    @Autowired
    public void setCoordinator(SyncCoordinator coordinator) {
        this.coordinator = coordinator;
    }

    @Override
    public void execute(JobExecutionContext context) {
        coordinator.requestSync("poll");
    }
}
