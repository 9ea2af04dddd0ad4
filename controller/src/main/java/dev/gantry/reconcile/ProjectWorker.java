package dev.gantry.reconcile;

import dev.gantry.deploy.Health;
import dev.gantry.deploy.HealthStatus;
import dev.gantry.failure.Disposition;
import dev.gantry.pointer.DocumentInvalidException;
import dev.gantry.pointer.Environment;
import dev.gantry.pointer.ParsedDocument;
import dev.gantry.pointer.ReleasePointer;
import dev.gantry.reconcile.ProjectWork.AssessHealth;
import dev.gantry.reconcile.ProjectWork.Reconcile;
import dev.gantry.reconcile.WorkQueue.Next;
import dev.gantry.release.Registry;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs the work queue's work for one project, as named steps with one outcome each: read the
 * pointer, check its approvals, reconcile (or plan only, where {@code sync.auto} is off), record;
 * then, for a release whose health is still progressing, assess it again at the poll interval
 * until it is healthy, degraded or past the environment's {@code healthTimeout}. A refused project
 * is recorded once and not tried again until its environment, pointer or patches change; a
 * failed one is retried with the queue's backoff, or, when its release is not there yet
 * (waiting), requeued after {@link #WAITING_REQUEUE}. Nothing runs while this replica does not lead.
 */
final class ProjectWorker implements WorkQueue.Handler<WorkKey, ProjectWork> {

    /** How soon a project whose release is not there yet is tried again; no backoff, as nothing failed. */
    static final java.time.Duration WAITING_REQUEUE = java.time.Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(ProjectWorker.class);

    private final ProjectReconciler reconciler;
    private final ApprovalGate approvals;
    private final OutcomeRecorders recorders;
    private final Registry defaultRegistry;
    private final BooleanSupplier leading;
    private final Clock clock;
    private final Watching watching;
    private final Map<WorkKey, TargetRevision> refused = new ConcurrentHashMap<>();

    ProjectWorker(ProjectReconciler reconciler, ApprovalGate approvals, OutcomeRecorders recorders,
            Registry defaultRegistry, BooleanSupplier leading, Clock clock, Watching watching) {
        this.watching = watching;
        this.reconciler = reconciler;
        this.approvals = approvals;
        this.recorders = recorders;
        this.defaultRegistry = defaultRegistry;
        this.leading = leading;
        this.clock = clock;
    }

    @Override
    public Next<ProjectWork> handle(WorkKey key, ProjectWork work) {
        if (!leading.getAsBoolean()) {
            LOG.debug("not the leader; {} left for the leader", key);
            return Next.done();
        }
        MDC.put("environment", key.environment());
        MDC.put("project", key.project().toString());
        try {
            return work instanceof Reconcile reconcile ? reconcile(key, reconcile) : assess((AssessHealth) work);
        } finally {
            MDC.remove("environment");
            MDC.remove("project");
            MDC.remove("release");
        }
    }

    /** Whether a project's last outcome was refused, so that it waits for a change in git. */
    boolean refused(WorkKey key) {
        return refused.containsKey(key);
    }

    private Next<ProjectWork> reconcile(WorkKey key, Reconcile work) {
        ProjectTarget target;
        try {
            target = target(key, work);
        } catch (DocumentInvalidException e) {
            return after(key, null, work, ProjectOutcomes.invalidPointer(work.environment(), key.project(),
                    work.documents().commit(), e));
        }
        TargetRevision revision = TargetRevision.of(target);
        if (revision.equals(refused.get(key))) {
            LOG.debug("{} was refused at this revision; it waits for a change in git", key);
            return Next.done();
        }
        return after(key, revision, work, outcome(target, work));
    }

    private ProjectOutcome outcome(ProjectTarget target, Reconcile work) {
        try {
            return approvals.check(target).orElseGet(() -> work.environment().sync().auto() ? reconciler.reconcile(target)
                    : ProjectOutcomes.outOfSync(target));
        } catch (Error e) {
            Error survived = SurvivableErrors.survive(e);
            LOG.error("reconciling {} in {} stopped by {}", target.project(), work.environment().name(),
                    SurvivableErrors.describe(survived), survived);
            return ProjectOutcomes.stopped(work.environment(), target.project(), work.documents().commit(), survived);
        }
    }

    private Next<ProjectWork> after(WorkKey key, TargetRevision revision, Reconcile work, ProjectOutcome outcome) {
        recorders.record(outcome, work.context());
        if (outcome.result() == ProjectOutcome.Result.REFUSED && revision != null) {
            refused.put(key, revision);
            return Next.done();
        }
        refused.remove(key);
        followKinds(outcome);
        return switch (outcome.result()) {
            case FAILED -> outcome.disposition() == Disposition.WAITING ? Next.later(work, WAITING_REQUEUE) : Next.retry(work);
            case PROGRESSING -> Next.recheck(new AssessHealth(outcome, outcome.finishedAt()
                    .plus(work.environment().sync().healthTimeout()), work.context()), reconciler.healthPoll());
            default -> Next.done();
        };
    }

    private void followKinds(ProjectOutcome outcome) {
        try {
            watching.follow(outcome.released());
        } catch (RuntimeException e) {
            LOG.warn("watching the kinds of {} failed; drift is seen at the next resync: {}", outcome.target().project(),
                    e.getMessage());
        }
    }

    private Next<ProjectWork> assess(AssessHealth work) {
        ProjectOutcome applied = work.applied();
        Health health;
        try {
            health = reconciler.health(applied.released());
        } catch (RuntimeException e) {
            LOG.info("health of {} not read ({}); assessed again", applied.target().project(), e.getMessage());
            return Next.recheck(work, reconciler.healthPoll());
        }
        Instant now = clock.instant();
        if (health.status() == HealthStatus.PROGRESSING && now.isBefore(work.deadline())) {
            return Next.recheck(work, reconciler.healthPoll());
        }
        Health settled = health.status() == HealthStatus.PROGRESSING ? new Health(HealthStatus.PROGRESSING, "not healthy within "
                + applied.target().environment().sync().healthTimeout().toSeconds() + "s: " + health.message()) : health;
        recorders.record(applied.settled(settled, now), work.context());
        return Next.done();
    }

    private ProjectTarget target(WorkKey key, Reconcile work) {
        Environment environment = work.environment();
        ReleasePointer pointer = work.documents().pointer(environment.name(), key.project())
                .map(ParsedDocument::value).orElse(null);
        if (pointer != null) {
            MDC.put("release", pointer.shortRelease());
        }
        return new ProjectTarget(environment, key.project(), pointer, work.documents().patches(environment.name(),
                key.project()), EnvironmentRegistry.of(environment, defaultRegistry), work.documents().commit());
    }
}
