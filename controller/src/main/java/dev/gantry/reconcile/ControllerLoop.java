package dev.gantry.reconcile;

import dev.gantry.pointer.DocumentInvalidException;
import dev.gantry.pointer.Environment;
import dev.gantry.pointer.ParsedDocument;
import dev.gantry.pointer.ProjectRef;
import dev.gantry.pointer.ReleasePointer;
import dev.gantry.release.Registry;
import dev.gantry.signing.SignatureVerifier;
import dev.gantry.source.ChangeSet;
import dev.gantry.source.Commit;
import dev.gantry.source.GitOpsDocuments;
import dev.gantry.source.GitOpsRepository;
import dev.gantry.source.SourceUnavailableException;
import dev.gantry.pointer.DocumentReader;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One sync: fetch the GitOps repository, select what changed since the last reconciled commit
 * (plus what failed before, plus every project of each environment whose resync is due and whose
 * {@code sync.selfHeal} is on; see {@link ResyncSchedule}), reconcile each environment's projects in order, environments in
 * parallel, and hand every outcome to the recorders. A failed fetch changes nothing; a pointer that
 * lacks the approvals its environment requires is refused before anything is applied; in an
 * environment whose {@code sync.auto} is off nothing is applied or pruned, and the outcome says so.
 * A Java Error that one project's reconcile survives (see {@link SurvivableErrors}) fails that
 * project, naming the error, and the next project still runs.
 */
public final class ControllerLoop implements Consumer<SyncMode> {

    private static final Logger LOG = LoggerFactory.getLogger(ControllerLoop.class);

    private final GitOpsRepository repository;
    private final ProjectReconciler reconciler;
    private final ApprovalGate approvals;
    private final List<OutcomeRecorder> recorders;
    private final Registry defaultRegistry;
    private final Map<String, Set<ProjectRef>> retry = new ConcurrentHashMap<>();
    private final ResyncSchedule resyncs = new ResyncSchedule();
    private final Clock clock;
    private volatile String lastReconciled;

    /**
     * Wires the loop.
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
        this.clock = clock;
        this.repository = repository;
        this.reconciler = reconciler;
        this.approvals = new ApprovalGate(repository, signatures);
        this.recorders = List.copyOf(recorders);
        this.defaultRegistry = defaultRegistry;
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
        ChangeSet changes = repository.changesBetween(lastReconciled, head.sha());
        GitOpsDocuments documents = new GitOpsDocuments(repository, head.sha(), new DocumentReader());
        SortedSet<String> resyncing = resyncs.due(mode, documents, started);
        if (changes.isEmpty() && retry.isEmpty() && resyncing.isEmpty()) {
            LOG.debug("{} unchanged since the last sync", head.shortSha());
            return;
        }
        SyncContext context = new SyncContext(head.sha(), head.time(), mode);
        SortedSet<String> environments = environments(changes, resyncing);
        environments.parallelStream().forEach(environment -> reconcileEnvironment(environment, changes,
                resyncing.contains(environment), documents, context));
        flush(context);
        environments.stream().filter(name -> resyncing.contains(name) || changes.firstSync() || changes.environmentChanged(name))
                .forEach(name -> resyncs.resynced(name, started));
        lastReconciled = head.sha();
    }

    /** The last commit every selected project was reconciled at, or null before the first sync. */
    public Optional<String> lastReconciled() {
        return Optional.ofNullable(lastReconciled);
    }

    private SortedSet<String> environments(ChangeSet changes, Set<String> resyncing) {
        SortedSet<String> environments = new TreeSet<>(changes.affectedEnvironments());
        environments.addAll(retry.keySet());
        environments.addAll(resyncing);
        return environments;
    }

    private void reconcileEnvironment(String name, ChangeSet changes, boolean resync, GitOpsDocuments documents,
            SyncContext context) {
        MDC.put("environment", name);
        try {
            Optional<ParsedDocument<Environment>> environment = readEnvironment(documents, name);
            if (environment.isEmpty()) {
                return;
            }
            Set<ProjectRef> projects = selectProjects(name, changes, resync && environment.get().value().sync().selfHeal(),
                    documents);
            Set<ProjectRef> failed = ConcurrentHashMap.newKeySet();
            for (ProjectRef project : projects) {
                ProjectOutcome outcome = reconcileProject(environment.get().value(), project, changes, documents);
                if (outcome.result() == ProjectOutcome.Result.FAILED) {
                    failed.add(project);
                }
                record(outcome, context);
            }
            if (failed.isEmpty()) {
                retry.remove(name);
            } else {
                retry.put(name, failed);
            }
        } finally {
            MDC.remove("environment");
        }
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
        projects.addAll(retry.getOrDefault(environment, Set.of()));
        return projects;
    }

    private ProjectOutcome reconcileProject(Environment environment, ProjectRef project, ChangeSet changes,
            GitOpsDocuments documents) {
        MDC.put("project", project.toString());
        try {
            ReleasePointer pointer = documents.pointer(environment.name(), project).map(ParsedDocument::value).orElse(null);
            if (pointer != null) {
                MDC.put("release", pointer.shortRelease());
            }
            Registry registry = EnvironmentRegistry.of(environment, defaultRegistry);
            ProjectTarget target = new ProjectTarget(environment, project, pointer,
                    documents.patches(environment.name(), project), registry, documents.commit());
            return approvals.check(target).orElseGet(() -> environment.sync().auto() ? reconciler.reconcile(target)
                    : ProjectOutcomes.outOfSync(target));
        } catch (DocumentInvalidException e) {
            return ProjectOutcomes.invalidPointer(environment, project, documents.commit(), e);
        } catch (Error e) {
            Error survived = SurvivableErrors.survive(e);
            LOG.error("reconciling {} in {} stopped by {}", project, environment.name(), SurvivableErrors.describe(survived), survived);
            return ProjectOutcomes.stopped(environment, project, documents.commit(), survived);
        } finally {
            MDC.remove("project");
            MDC.remove("release");
        }
    }

    private void flush(SyncContext context) {
        for (OutcomeRecorder recorder : recorders) {
            try {
                recorder.flush(context);
            } catch (RuntimeException e) {
                LOG.warn("publishing the records of sync {} failed: {}", context.commit().substring(0, 7), e.getMessage());
            }
        }
    }

    private void record(ProjectOutcome outcome, SyncContext context) {
        LOG.info("{} {} in {}: {} ({})", outcome.target().project(), outcome.result(), outcome.target().environment().name(),
                outcome.message(), context.commit().substring(0, 7));
        for (OutcomeRecorder recorder : recorders) {
            try {
                recorder.record(outcome, context);
            } catch (RuntimeException e) {
                LOG.warn("recording the outcome of {} failed: {}", outcome.target().project(), e.getMessage());
            }
        }
    }

    /** Whether the last sync left failed projects to retry. */
    public boolean retryPending() {
        return !retry.isEmpty();
    }
}
