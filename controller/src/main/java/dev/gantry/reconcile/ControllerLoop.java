package dev.gantry.reconcile;

import dev.gantry.deploy.ManagedObjectChange;
import dev.gantry.deploy.ManagedObjectWatch;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.pointer.DocumentInvalidException;
import dev.gantry.pointer.Environment;
import dev.gantry.pointer.ParsedDocument;
import dev.gantry.pointer.ProjectRef;
import dev.gantry.release.Registry;
import dev.gantry.signing.SignatureVerifier;
import dev.gantry.source.ChangeSet;
import dev.gantry.source.Commit;
import dev.gantry.source.GitOpsDocuments;
import dev.gantry.source.GitOpsRepository;
import dev.gantry.source.SourceUnavailableException;
import dev.gantry.pointer.DocumentReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sync plans the work; the work queue does it. A sync fetches the GitOps repository and selects
 * what changed since the last planned commit (plus every project of each environment whose resync
 * is due and whose {@code sync.selfHeal} is on; see {@link ResyncSchedule}), and queues one
 * reconcile per environment and project ({@link WorkKey}); a newer commit's work for a project
 * replaces its queued work and cancels its pending health assessment. The queue's workers
 * ({@link ProjectWorker}) reconcile projects in parallel, at most one reconcile per project at a
 * time, retry failures with backoff, and assess health without waiting for it. A failed fetch
 * changes nothing.
 */
public final class ControllerLoop implements Consumer<SyncMode>, AutoCloseable {

    /** How many projects are reconciled at once, unless configured: the work is waiting on I/O, not CPU. */
    public static final int DEFAULT_CONCURRENCY = 16;

    /** Failed projects are retried after about 5 s, doubling up to 5 min. */
    public static final WorkQueue.Backoff DEFAULT_BACKOFF = new WorkQueue.Backoff(Duration.ofSeconds(5), Duration.ofMinutes(5));

    private static final Logger LOG = LoggerFactory.getLogger(ControllerLoop.class);

    private final GitOpsRepository repository;
    private final OutcomeRecorders recorders;
    private final ProjectWorker worker;
    private final WorkQueue<WorkKey, ProjectWork> queue;
    private final ResyncSchedule resyncs = new ResyncSchedule();
    private final Clock clock;
    private volatile String lastPlanned;

    /**
     * Wires the loop with the default concurrency and backoff.
     *
     * @param repository the GitOps repository
     * @param reconciler reconciles one project
     * @param recorders receive every outcome
     * @param defaultRegistry where releases live when an environment names no registry
     * @param signatures verifies approving commits where an environment requires signed commits
     */
    public ControllerLoop(GitOpsRepository repository, ProjectReconciler reconciler, List<OutcomeRecorder> recorders,
            Registry defaultRegistry, SignatureVerifier signatures) {
        this(repository, reconciler, recorders, defaultRegistry, signatures, Clock.systemUTC());
    }

    /**
     * Wires the loop with the clock that times each environment's {@code sync.interval}.
     *
     * @param repository the GitOps repository
     * @param reconciler reconciles one project
     * @param recorders receive every outcome
     * @param defaultRegistry where releases live when an environment names no registry
     * @param signatures verifies approving commits where an environment requires signed commits
     * @param clock when each sync starts
     */
    public ControllerLoop(GitOpsRepository repository, ProjectReconciler reconciler, List<OutcomeRecorder> recorders,
            Registry defaultRegistry, SignatureVerifier signatures, Clock clock) {
        this(repository, reconciler, recorders, defaultRegistry, signatures, clock,
                new Work(DEFAULT_CONCURRENCY, DEFAULT_BACKOFF, () -> true, ManagedObjectWatch.none(), false));
    }

    /**
     * Wires the loop with its work settings.
     *
     * @param repository the GitOps repository
     * @param reconciler reconciles one project
     * @param recorders receive every outcome
     * @param defaultRegistry where releases live when an environment names no registry
     * @param signatures verifies approving commits where an environment requires signed commits
     * @param clock when each sync starts
     * @param work how many workers, their backoff, and whether this replica leads
     */
    public ControllerLoop(GitOpsRepository repository, ProjectReconciler reconciler, List<OutcomeRecorder> recorders,
            Registry defaultRegistry, SignatureVerifier signatures, Clock clock, Work work) {
        this.clock = clock;
        this.repository = repository;
        this.recorders = new OutcomeRecorders(recorders);
        this.worker = new ProjectWorker(reconciler.readingHealthFrom(work.watch()), new ApprovalGate(repository, signatures),
                this.recorders, defaultRegistry, work.leading(), clock,
                new Watching(work.watch(), work.namespacedWatches()));
        this.queue = new WorkQueue<>("gantry", work.concurrency(), work.backoff(), worker);
        work.watch().addListener(this::changed);
    }

    /**
     * A watch saw a managed object change: drift by someone else requeues its project at once where
     * the environment's {@code sync.selfHeal} is on; a status change wakes its pending health
     * assessment. Runs on the watch's thread, so it only queues.
     */
    private void changed(ManagedObjectChange change) {
        WorkKey key = new WorkKey(change.owner().environment(),
                new ProjectRef(change.owner().repository(), change.owner().project()));
        if (change.type() == ManagedObjectChange.Type.STATUS) {
            queue.wake(key);
            return;
        }
        requeue(key, change.key());
    }

    @Override
    public void accept(SyncMode mode) {
        Commit head;
        try {
            head = repository.fetch();
        } catch (SourceUnavailableException e) {
            LOG.warn("fetch failed, nothing reconciled: {}", e.getMessage());
            return;
        }
        Instant started = clock.instant();
        ChangeSet changes = repository.changesBetween(lastPlanned, head.sha());
        GitOpsDocuments documents = new GitOpsDocuments(repository, head.sha(), new DocumentReader());
        SortedSet<String> resyncing = resyncs.due(mode, documents, started);
        if (changes.isEmpty() && resyncing.isEmpty()) {
            LOG.debug("{} unchanged since the last sync", head.shortSha());
            return;
        }
        SyncContext context = new SyncContext(head.sha(), head.time(), mode);
        SortedSet<String> environments = new TreeSet<>(changes.affectedEnvironments());
        environments.addAll(resyncing);
        int queued = 0;
        for (String environment : environments) {
            queued += plan(environment, changes, resyncing.contains(environment), documents, context);
        }
        LOG.info("{} sync of {}: {} projects queued", mode, head.shortSha(), queued);
        environments.stream().filter(name -> resyncing.contains(name) || changes.firstSync() || changes.environmentChanged(name))
                .forEach(name -> resyncs.resynced(name, started));
        lastPlanned = head.sha();
    }

    /**
     * Runs one sync and waits until its work is done: every queued reconcile ran and every health
     * assessment settled (retries after failures are not waited for), then publishes the records.
     * For the demo, tests and benchmarks, which need to know when a sync's work has ended.
     *
     * @param mode what the sync covers
     * @param timeout how long to wait at most
     * @return whether the work ended within the timeout
     */
    public boolean runToIdle(SyncMode mode, Duration timeout) {
        accept(mode);
        try {
            return queue.awaitIdle(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            recorders.flush();
        }
    }

    /** {@link #runToIdle(SyncMode, Duration)} waiting up to ten minutes. */
    public boolean runToIdle(SyncMode mode) {
        return runToIdle(mode, Duration.ofMinutes(10));
    }

    /** The last commit a sync planned work for, or empty before the first sync. */
    public Optional<String> lastReconciled() {
        return Optional.ofNullable(lastPlanned);
    }

    /** How many projects are queued, running, waiting for a health assessment, and waiting for a retry. */
    public WorkQueue.Depth depth() {
        return queue.depth();
    }

    /** Whether any work is queued, running or assessing health. */
    public boolean busy() {
        return queue.busy();
    }

    /**
     * Queues a project's reconcile at once, as when a watch saw one of its objects changed by
     * someone else, where its environment's {@code sync.selfHeal} is on; does nothing before the
     * first sync.
     */
    public void requeue(WorkKey key) {
        requeue(key, null);
    }

    /**
     * Requeues a project for a change to {@code changed}, unless the object is in another namespace
     * than the project's here: another installation's, or another test's, objects may carry the
     * same environment and project labels, and are not this project's drift.
     */
    private void requeue(WorkKey key, ObjectKey changed) {
        String commit = lastPlanned;
        if (commit == null) {
            return;
        }
        GitOpsDocuments documents = new GitOpsDocuments(repository, commit, new DocumentReader());
        readEnvironment(documents, key.environment()).map(ParsedDocument::value)
                .filter(environment -> environment.sync().selfHeal())
                .filter(environment -> changed == null || changed.namespace() == null || changed.namespace()
                        .equals(environment.namespaceFor(key.project().repository(), key.project().project())))
                .ifPresent(environment -> {
                    if (changed != null) {
                        LOG.info("{} changed outside Gantry; {} requeued", changed, key);
                    }
                    queue.add(key, new ProjectWork.Reconcile(documents, environment,
                            new SyncContext(commit, clock.instant(), SyncMode.RESYNC)));
                });
    }

    /** Assesses a project's health now rather than at the next poll, as when a watch saw its status change. */
    public void wake(WorkKey key) {
        queue.wake(key);
    }

    private int plan(String name, ChangeSet changes, boolean resync, GitOpsDocuments documents, SyncContext context) {
        Optional<ParsedDocument<Environment>> environment = readEnvironment(documents, name);
        if (environment.isEmpty()) {
            return 0;
        }
        Set<ProjectRef> projects = selectProjects(name, changes, resync && environment.get().value().sync().selfHeal(),
                documents);
        for (ProjectRef project : projects) {
            queue.add(new WorkKey(name, project), new ProjectWork.Reconcile(documents, environment.get().value(), context));
        }
        return projects.size();
    }

    private Optional<ParsedDocument<Environment>> readEnvironment(GitOpsDocuments documents, String name) {
        try {
            Optional<ParsedDocument<Environment>> environment = documents.environment(name);
            if (environment.isEmpty()) {
                LOG.warn("environment {} has no environment.yaml at {}; skipped", name, documents.commit());
            }
            return environment;
        } catch (DocumentInvalidException e) {
            LOG.warn("environment {} is invalid at {}; skipped: {}", name, documents.commit(), e.getMessage());
            return Optional.empty();
        }
    }

    private Set<ProjectRef> selectProjects(String environment, ChangeSet changes, boolean everyProject,
            GitOpsDocuments documents) {
        Set<ProjectRef> projects = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        if (everyProject || changes.firstSync() || changes.environmentChanged(environment)) {
            projects.addAll(documents.projects(environment));
        }
        projects.addAll(changes.affectedProjects(environment));
        projects.addAll(changes.deletedPointers(environment));
        return projects;
    }

    @Override
    public void close() {
        queue.close();
        recorders.close();
    }

    /**
     * How the loop's work runs.
     *
     * @param concurrency how many projects are reconciled at once ({@code gantry.concurrency})
     * @param backoff the first and the longest delay before a failed project is retried
     * @param leading whether this replica leads, so that its workers may apply
     * @param watch sees managed objects change, for drift and health; {@link ManagedObjectWatch#none()} for none
     * @param namespacedWatches watch each kind in each project's namespace, where the controller's RBAC
     *     is namespaced Roles, rather than once in every namespace
     */
    public record Work(int concurrency, WorkQueue.Backoff backoff, BooleanSupplier leading, ManagedObjectWatch watch,
            boolean namespacedWatches) {
    }
}
