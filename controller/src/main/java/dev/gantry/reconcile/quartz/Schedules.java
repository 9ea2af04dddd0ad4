package dev.gantry.reconcile.quartz;

import dev.gantry.reconcile.SyncMode;
import java.time.Duration;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/** The poll and resync jobs and their repeating triggers. */
public final class Schedules {

    private Schedules() {
    }

    /** The poll job. */
    public static JobDetail pollJob() {
        return job("gantry-poll", SyncMode.CHANGES);
    }

    /** The poll trigger: every {@code interval}, first after one interval (start-up runs its own sync). */
    public static Trigger pollTrigger(JobDetail job, Duration interval) {
        return repeating(job, "gantry-poll", interval);
    }

    /** The resync job. */
    public static JobDetail resyncJob() {
        return job("gantry-resync", SyncMode.RESYNC);
    }

    /** The resync trigger: every {@code interval}. */
    public static Trigger resyncTrigger(JobDetail job, Duration interval) {
        return repeating(job, "gantry-resync", interval);
    }

    private static JobDetail job(String name, SyncMode mode) {
        return JobBuilder.newJob(SyncJob.class).withIdentity(name).usingJobData(SyncJob.MODE, mode.name()).storeDurably().build();
    }

    private static Trigger repeating(JobDetail job, String name, Duration interval) {
        return TriggerBuilder.newTrigger().forJob(job).withIdentity(name)
                .startAt(new java.util.Date(System.currentTimeMillis() + interval.toMillis()))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(interval.toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
