package dev.gantry.reconcile;

import dev.gantry.pointer.ProjectRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** The latest status of every project, kept from reconcile outcomes and read by the status API. */
public final class StatusStore implements OutcomeRecorder {

    private final Map<String, Map<String, ProjectStatus>> byEnvironment = new ConcurrentSkipListMap<>();

    /** Records one outcome, keeping the last applied release across failures. */
    @Override
    public void record(ProjectOutcome outcome, SyncContext context) {
        ProjectTarget target = outcome.target();
        Map<String, ProjectStatus> projects = byEnvironment.computeIfAbsent(target.environment().name(),
                name -> new ConcurrentSkipListMap<>());
        String key = target.project().toString();
        ProjectStatus previous = projects.get(key);
        boolean applied = outcome.result() == ProjectOutcome.Result.APPLIED || outcome.result() == ProjectOutcome.Result.UNHEALTHY
                || outcome.result() == ProjectOutcome.Result.PROGRESSING;
        boolean failed = outcome.result() == ProjectOutcome.Result.FAILED || outcome.result() == ProjectOutcome.Result.REFUSED
                || outcome.result() == ProjectOutcome.Result.OUT_OF_SYNC || outcome.result() == ProjectOutcome.Result.UNHEALTHY;
        projects.put(key, new ProjectStatus(target.environment().name(), target.project().repository(),
                target.project().project(),
                target.removed() ? null : target.pointer().release(),
                applied ? target.pointer().release() : previous == null ? null : previous.appliedRelease(),
                applied ? outcome.digest() : previous == null ? null : previous.digest(),
                outcome.result().name(),
                outcome.health() == null ? (previous == null ? null : previous.health()) : outcome.health().status().name(),
                failed ? outcome.message() : null,
                outcome.finishedAt(),
                applied ? appliedAt(outcome, previous) : previous == null ? null : previous.lastAppliedAt()));
    }

    /** When the release was applied: a later outcome that only settled its health keeps the apply's time. */
    private static Instant appliedAt(ProjectOutcome outcome, ProjectStatus previous) {
        boolean settledOnly = outcome.applied().isEmpty() && previous != null && previous.lastAppliedAt() != null
                && "PROGRESSING".equals(previous.phase()) && outcome.target().pointer().release().equals(previous.appliedRelease());
        return settledOnly ? previous.lastAppliedAt() : outcome.finishedAt();
    }

    /** The environments with their projects' statuses, sorted by name. */
    public Map<String, List<ProjectStatus>> environments() {
        Map<String, List<ProjectStatus>> view = new ConcurrentSkipListMap<>();
        byEnvironment.forEach((environment, projects) -> view.put(environment, List.copyOf(projects.values())));
        return view;
    }

    /** One project's status in one environment. */
    public Optional<ProjectStatus> project(String environment, ProjectRef project) {
        return Optional.ofNullable(byEnvironment.getOrDefault(environment, Map.of()).get(project.toString()));
    }

}
