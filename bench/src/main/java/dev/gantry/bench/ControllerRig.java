package dev.gantry.bench;

import dev.gantry.deploy.ClusterApplier;
import dev.gantry.deploy.HealthAssessor;
import dev.gantry.deploy.ManagedObjectWatch;
import dev.gantry.reconcile.ControllerLoop;
import dev.gantry.reconcile.MetricsRecorder;
import dev.gantry.reconcile.ProjectReconciler;
import dev.gantry.reconcile.StatusStore;
import dev.gantry.release.Registry;
import dev.gantry.release.RegistryCredentials;
import dev.gantry.release.oci.ArtifactStores;
import dev.gantry.signing.jgit.JGitSignatureVerifier;
import dev.gantry.source.GitCredentials;
import dev.gantry.source.GitOpsRemote;
import dev.gantry.source.jgit.GitOpsMirror;
import dev.gantry.source.jgit.JGitGitOpsRepository;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The controller as {@code gantry serve} wires it, minus Spring, web and Quartz: a JGit mirror of
 * the GitOps remote, the loop, the project reconciler with the OCI layout store, the health
 * assessor, and the status and metrics recorders, plus an {@link AppliedSignal} to time outcomes.
 */
final class ControllerRig implements AutoCloseable {

    private final GitOpsMirror mirror;
    private final JGitGitOpsRepository repository;
    private final AppliedSignal signal = new AppliedSignal();
    private final StatusStore status = new StatusStore();
    private final ControllerLoop loop;

    /** Mirrors {@code remoteUrl} into {@code cache} and applies through {@code applier}, with no watch. */
    ControllerRig(Path cache, String remoteUrl, Registry registry, ClusterApplier applier) {
        this(cache, remoteUrl, registry, applier, ManagedObjectWatch.none());
    }

    /** Mirrors {@code remoteUrl} into {@code cache}, applies through {@code applier} and sees drift through {@code watch}. */
    ControllerRig(Path cache, String remoteUrl, Registry registry, ClusterApplier applier, ManagedObjectWatch watch) {
        this.mirror = GitOpsMirror.open(cache, new GitOpsRemote(remoteUrl, "main", GitCredentials.none()));
        this.repository = new JGitGitOpsRepository(mirror);
        ProjectReconciler reconciler = new ProjectReconciler(
                store -> ArtifactStores.forRegistry(store, RegistryCredentials.NONE), applier,
                new HealthAssessor()::assess, Clock.systemUTC(), Duration.ofMillis(50));
        this.loop = new ControllerLoop(repository, reconciler,
                List.of(status, new MetricsRecorder(new SimpleMeterRegistry()), signal), registry,
                new JGitSignatureVerifier(cache.resolveSibling(cache.getFileName() + "-signers")), Clock.systemUTC(),
                new ControllerLoop.Work(ControllerLoop.DEFAULT_CONCURRENCY, ControllerLoop.DEFAULT_BACKOFF, () -> true, watch,
                        false));
    }

    ControllerLoop loop() {
        return loop;
    }

    JGitGitOpsRepository repository() {
        return repository;
    }

    AppliedSignal signal() {
        return signal;
    }

    /** Every project's latest status, as the status API reads it. */
    StatusStore status() {
        return status;
    }

    @Override
    public void close() {
        loop.close();
        mirror.close();
    }
}
