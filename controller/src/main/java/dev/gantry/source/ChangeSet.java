package dev.gantry.source;

import dev.gantry.pointer.ProjectRef;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What changed under {@code environments/} between the last reconciled commit and a new one: the
 * work a reconcile has to do, and nothing more.
 *
 * @param from the older commit, or null for a first sync (everything is {@link ChangeType#ADDED})
 * @param to the newer commit
 * @param changes every changed path, sorted by path
 */
public record ChangeSet(String from, String to, List<ChangedPath> changes) {

    private static final Comparator<ProjectRef> BY_NAME = Comparator.comparing(ProjectRef::toString);

    /** Sorts and copies the changes so the record stays immutable and its order stable. */
    public ChangeSet {
        changes = changes.stream().sorted(Comparator.comparing(ChangedPath::path)).toList();
    }

    /** The older commit, empty for a first sync. */
    public Optional<String> fromCommit() {
        return Optional.ofNullable(from);
    }

    /** Whether this change set covers the whole repository rather than a step from a reconciled commit. */
    public boolean firstSync() {
        return from == null;
    }

    /** The number of changed paths, classified or not. */
    public int size() {
        return changes.size();
    }

    /** Whether nothing changed under {@code environments/}. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The environments with a changed pointer, overlay or environment file, sorted. */
    public SortedSet<String> affectedEnvironments() {
        SortedSet<String> environments = new TreeSet<>();
        changes.stream().filter(change -> change.role() != PathRole.OTHER).forEach(change -> environments.add(change.environment()));
        return Collections.unmodifiableSortedSet(environments);
    }

    /**
     * The projects of one environment to render and apply again: their pointer was added or
     * modified, or their overlays changed, and their pointer was not deleted. Sorted by name.
     */
    public Set<ProjectRef> affectedProjects(String environment) {
        Set<ProjectRef> deleted = deletedPointers(environment);
        return projects(environment, change -> change.role() == PathRole.OVERLAY
                || change.role() == PathRole.POINTER && change.type() != ChangeType.DELETED, deleted);
    }

    /** The projects of one environment whose pointer was deleted: candidates for pruning. Sorted by name. */
    public Set<ProjectRef> deletedPointers(String environment) {
        return projects(environment, change -> change.role() == PathRole.POINTER && change.type() == ChangeType.DELETED,
                Set.of());
    }

    /** Whether the environment's own {@code environment.yaml} was added, modified or deleted. */
    public boolean environmentChanged(String environment) {
        return changes.stream().anyMatch(change -> change.role() == PathRole.ENVIRONMENT && change.affects(environment));
    }

    private Set<ProjectRef> projects(String environment, Predicate<ChangedPath> wanted, Set<ProjectRef> excluded) {
        SortedSet<ProjectRef> projects = new TreeSet<>(BY_NAME);
        changes.stream()
                .filter(change -> change.affects(environment) && wanted.test(change))
                .map(ChangedPath::project)
                .filter(project -> !excluded.contains(project))
                .forEach(projects::add);
        return Collections.unmodifiableSet(projects);
    }
}
