package dev.gantry.reconcile;

import dev.gantry.render.ApplyOrder;
import dev.gantry.render.Confinement;
import dev.gantry.render.NamespaceObject;
import dev.gantry.render.ReleaseLayer;
import dev.gantry.render.ReleaseRenderer;
import dev.gantry.render.RenderContext;
import dev.gantry.deploy.AppliedObject;
import dev.gantry.deploy.ApplyRejectedException;
import dev.gantry.deploy.ClusterApplier;
import dev.gantry.deploy.Health;
import dev.gantry.deploy.Inventory;
import dev.gantry.deploy.InventoryKey;
import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ManagedObjectWatch;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.failure.Disposition;
import dev.gantry.failure.Dispositions;
import dev.gantry.release.ArtifactNotFoundException;
import dev.gantry.release.ArtifactRef;
import dev.gantry.release.ArtifactStore;
import dev.gantry.release.FetchedRelease;
import dev.gantry.reconcile.ProjectOutcome.Step;
import dev.gantry.release.Registry;
import dev.gantry.release.ReleaseFetcher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reconciles one project of one environment, in SPEC's order: fetch the release, render, confine,
 * refuse objects another project or environment owns, apply (namespace and CRDs first), prune what
 * the previous release applied and this one does not (see {@link Pruner}), then judge health once.
 * A failure before apply changes nothing; prune runs only after every object applied. A release
 * whose health is still progressing ends {@code PROGRESSING}: its health is assessed again later
 * ({@link #health}), never awaited here. Returns the outcome, naming the step a failure stopped
 * at; recording it is the caller's.
 */
public final class ProjectReconciler {

    private final Function<Registry, ArtifactStore> stores;
    private final ClusterApplier cluster;
    private final BiFunction<ObjectKey, Map<String, Object>, Health> health;
    private final Clock clock;
    private final Duration healthPoll;
    private final MissingRelease missing;
    private final boolean manageNamespaces;
    private final ManagedObjectWatch watch;

    /**
     * Wires the reconciler.
     *
     * @param stores the artifact store for a registry
     * @param cluster the cluster to apply to
     * @param health assesses one live object
     * @param clock the time source for outcomes
     * @param healthPoll how often health is read while waiting
     */
    public ProjectReconciler(Function<Registry, ArtifactStore> stores, ClusterApplier cluster,
            BiFunction<ObjectKey, Map<String, Object>, Health> health, Clock clock, Duration healthPoll) {
        this(stores, cluster, health, clock, healthPoll, MissingRelease.FAIL);
    }

    /**
     * Wires the reconciler with a way to build releases that are missing from their registry.
     *
     * @param stores the artifact store for a registry
     * @param cluster the cluster to apply to
     * @param health assesses one live object
     * @param clock the time source for outcomes
     * @param healthPoll how often health is read while waiting
     * @param missing builds a release the registry lacks, when its source is configured
     */
    public ProjectReconciler(Function<Registry, ArtifactStore> stores, ClusterApplier cluster,
            BiFunction<ObjectKey, Map<String, Object>, Health> health, Clock clock, Duration healthPoll,
            MissingRelease missing) {
        this(stores, cluster, health, clock, healthPoll, missing, true, ManagedObjectWatch.none());
    }

    private ProjectReconciler(Function<Registry, ArtifactStore> stores, ClusterApplier cluster,
            BiFunction<ObjectKey, Map<String, Object>, Health> health, Clock clock, Duration healthPoll,
            MissingRelease missing, boolean manageNamespaces, ManagedObjectWatch watch) {
        this.stores = stores;
        this.cluster = cluster;
        this.health = health;
        this.clock = clock;
        this.healthPoll = healthPoll;
        this.missing = missing;
        this.manageNamespaces = manageNamespaces;
        this.watch = watch;
    }

    /**
     * This reconciler, but one that never applies the environment's Namespace: for a controller
     * whose RBAC is namespaced Roles only, where the namespaces exist before it starts. A missing
     * namespace then fails the apply with the API server's error naming it.
     */
    public ProjectReconciler leavingNamespacesAlone() {
        return new ProjectReconciler(stores, cluster, health, clock, healthPoll, missing, false, watch);
    }

    /**
     * This reconciler, but one that judges health from the watch's cache where the watch follows
     * an object's kind, so that assessing a release costs no request; elsewhere, and for an object
     * just applied that the informer has not seen yet, it reads the object.
     */
    ProjectReconciler readingHealthFrom(ManagedObjectWatch cache) {
        return new ProjectReconciler(stores, cluster, health, clock, healthPoll, missing, manageNamespaces, cache);
    }

    /** Reconciles the project; never throws for a failure it can name, it returns a FAILED outcome instead. */
    public ProjectOutcome reconcile(ProjectTarget target) {
        Outcomes outcomes = new Outcomes(target, clock);
        try {
            if (target.removed()) {
                outcomes.at(Step.PRUNE);
                return pruneAll(target, outcomes);
            }
            return apply(target, outcomes);
        } catch (RuntimeException e) {
            return outcomes.failed(e);
        }
    }

    private ProjectOutcome apply(ProjectTarget target, Outcomes outcomes) {
        RenderContext context = new RenderContext(target.environment(), target.project(), target.pointer().release());
        ArtifactRef ref = new ArtifactRef(target.registry(), target.project().toString(), target.pointer().release(),
                target.pointer().digest());
        outcomes.at(Step.FETCH);
        FetchedRelease release = fetch(target, ref);
        outcomes.at(Step.RENDER);
        List<KubernetesObject> objects = ApplyOrder.sort(new ReleaseRenderer(cluster::scopeOf)
                .render(ReleaseLayer.files(release), target.patches(), context));
        outcomes.at(Step.CONFINE);
        List<String> violations = Confinement.violations(objects, context);
        if (!violations.isEmpty()) {
            return outcomes.refused(release.manifestDigest(), String.join("; ", violations));
        }
        InventoryKey key = inventoryKey(target);
        Optional<Inventory> previous = cluster.readInventory(key);
        List<String> conflicts = conflicts(objects, previous, context);
        if (!conflicts.isEmpty()) {
            return outcomes.refused(release.manifestDigest(), String.join("; ", conflicts));
        }
        List<AppliedObject> applied = applyAll(objects, context, outcomes);
        Inventory next = new Inventory(key, target.pointer().release(), objects.stream().map(KubernetesObject::key).toList());
        outcomes.at(Step.PRUNE);
        Pruner.Result pruned = target.environment().sync().prune() && previous.isPresent()
                ? new Pruner(cluster, context).prune(List.copyOf(previous.get().notIn(next)))
                : new Pruner.Result(List.of(), List.of());
        cluster.writeInventory(next);
        outcomes.at(Step.HEALTH);
        return outcomes.applied(release.manifestDigest(), applied, pruned, health(next.objects()), next.objects());
    }

    /**
     * The release's health now, judged once; while it progresses, the caller assesses it again
     * later ({@link #health}), so that no reconcile waits for it.
     */
    public Health health(List<ObjectKey> objects) {
        return new ReleaseHealth(key -> watch.covers(key) ? watch.cached(key).or(() -> cluster.read(key)) : cluster.read(key),
                health).assess(objects);
    }

    /** How often the health of a progressing release is assessed again. */
    public Duration healthPoll() {
        return healthPoll;
    }

    /**
     * The objects new to this project that already exist as another project's or environment's;
     * what the previous release applied is this project's already, and reading it again would
     * cost a request per object on every sync.
     */
    private List<String> conflicts(List<KubernetesObject> objects, Optional<Inventory> previous, RenderContext context) {
        Set<ObjectKey> known = previous.map(inventory -> Set.copyOf(inventory.objects())).orElse(Set.of());
        Ownership ownership = new Ownership(cluster, context);
        List<String> conflicts = new ArrayList<>();
        for (KubernetesObject object : objects) {
            if (!known.contains(object.key())) {
                ownership.conflict(object.key()).ifPresent(conflicts::add);
            }
        }
        return conflicts;
    }

    private FetchedRelease fetch(ProjectTarget target, ArtifactRef ref) {
        ReleaseFetcher fetcher = new ReleaseFetcher(stores.apply(target.registry()));
        try {
            return fetcher.fetch(ref);
        } catch (ArtifactNotFoundException e) {
            if (!missing.build(target)) {
                throw e;
            }
            return fetcher.fetch(ref);
        }
    }

    private List<AppliedObject> applyAll(List<KubernetesObject> objects, RenderContext context, Outcomes outcomes) {
        List<AppliedObject> applied = new ArrayList<>();
        outcomes.at(Step.APPLY);
        if (manageNamespaces) {
            applied.add(cluster.apply(NamespaceObject.of(context)));
        }
        outcomes.at(Step.DRY_RUN);
        dryRunAll(objects);
        outcomes.at(Step.APPLY);
        for (KubernetesObject object : objects) {
            applied.add(cluster.apply(object));
            if (ApplyOrder.isCustomResourceDefinition(object)) {
                cluster.awaitEstablished(object.key(), Duration.ofMinutes(1));
            }
        }
        return applied;
    }

    /**
     * A server-side dry run of every object before the first real apply, so that a release with
     * one object the API server would refuse applies nothing. Objects of a kind the cluster does
     * not serve yet (their CRD is in the release) cannot be dry-run; they are checked when applied.
     */
    private void dryRunAll(List<KubernetesObject> objects) {
        for (KubernetesObject object : objects) {
            if (cluster.scopeOf(object.key().apiVersion(), object.key().kind()).isEmpty()) {
                continue;
            }
            try {
                cluster.dryRun(object);
            } catch (ApplyRejectedException e) {
                throw new ApplyRejectedException(e.object(), e.reason() + " (in the dry run of the whole release:"
                        + " nothing of it was applied)", e);
            }
        }
    }

    private ProjectOutcome pruneAll(ProjectTarget target, Outcomes outcomes) {
        InventoryKey key = inventoryKey(target);
        Optional<Inventory> previous = cluster.readInventory(key);
        if (!target.environment().sync().prune() || previous.isEmpty()) {
            return outcomes.pruned(List.of(), previous.isEmpty() ? "no inventory: nothing to prune"
                    : "prune is off in environment " + target.environment().name() + ": objects left in place");
        }
        RenderContext context = new RenderContext(target.environment(), target.project(), previous.get().release());
        Pruner.Result pruned = new Pruner(cluster, context).prune(previous.get().objects());
        cluster.deleteInventory(key);
        return outcomes.pruned(pruned.deleted(), "pointer deleted: pruned " + pruned.deleted().size() + " objects"
                + pruned.leftNote());
    }

    private static InventoryKey inventoryKey(ProjectTarget target) {
        return new InventoryKey(target.environment().name(), target.project().repository(), target.project().project(),
                target.environment().namespaceFor(target.project().repository(), target.project().project()));
    }

    /** Builds outcomes with start and end times, and the step a failure stopped at. */
    private static final class Outcomes {
        private final ProjectTarget target;
        private final Clock clock;
        private final Instant start;
        private Step step = Step.FETCH;

        Outcomes(ProjectTarget target, Clock clock) {
            this.target = target;
            this.clock = clock;
            this.start = clock.instant();
        }

        void at(Step now) {
            step = now;
        }

        ProjectOutcome applied(String digest, List<AppliedObject> applied, Pruner.Result pruned, Health health,
                List<ObjectKey> released) {
            ProjectOutcome.Result result = switch (health.status()) {
                case HEALTHY, UNKNOWN -> ProjectOutcome.Result.APPLIED;
                case PROGRESSING -> ProjectOutcome.Result.PROGRESSING;
                case DEGRADED -> ProjectOutcome.Result.UNHEALTHY;
            };
            return new ProjectOutcome(target, result, digest, applied, pruned.deleted(), health,
                    "applied " + applied.size() + " objects, pruned " + pruned.deleted().size() + pruned.leftNote() + "; "
                            + health.message(),
                    start, clock.instant(), result == ProjectOutcome.Result.UNHEALTHY ? Step.HEALTH : null, released, null);
        }

        ProjectOutcome refused(String digest, String why) {
            return new ProjectOutcome(target, ProjectOutcome.Result.REFUSED, digest, List.of(), List.of(), null,
                    "refused, nothing applied: " + why, start, clock.instant(), step, List.of(), Disposition.REFUSED);
        }

        ProjectOutcome pruned(List<ObjectKey> pruned, String message) {
            return new ProjectOutcome(target, ProjectOutcome.Result.PRUNED, null, List.of(), pruned, null, message,
                    start, clock.instant(), null, List.of(), null);
        }

        /**
         * The outcome of a failure, by its disposition: a refused one ({@code REFUSED}) waits for a
         * change in git; an unavailable or waiting one ({@code FAILED}) is tried again.
         */
        ProjectOutcome failed(RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Disposition disposition = Dispositions.of(e);
            boolean refused = disposition == Disposition.REFUSED;
            return new ProjectOutcome(target, refused ? ProjectOutcome.Result.REFUSED : ProjectOutcome.Result.FAILED, null,
                    List.of(), List.of(), null, step.label() + (refused ? " refused: " : " failed: ") + why, start,
                    clock.instant(), step, List.of(), disposition);
        }
    }
}
