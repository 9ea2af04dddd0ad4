package dev.gantry.demo;

import dev.gantry.config.BuildInfo;
import dev.gantry.config.ControllerAssembly;
import dev.gantry.deploy.Leadership;
import dev.gantry.reconcile.AuditRecorder;
import dev.gantry.reconcile.ControllerLoop;
import dev.gantry.reconcile.MissingRelease;
import dev.gantry.reconcile.ProjectOutcome;
import dev.gantry.reconcile.SyncCoordinator;
import dev.gantry.reconcile.SyncMode;
import dev.gantry.release.Registry;
import dev.gantry.release.RegistryCredentials;
import dev.gantry.signing.jgit.JGitSignatureVerifier;
import dev.gantry.source.GitCredentials;
import dev.gantry.source.GitOpsRemote;
import dev.gantry.source.jgit.GitOpsMirror;
import dev.gantry.source.jgit.JGitGitOpsRepository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The controller's pipeline in process, as {@code gantry serve} wires it but without Spring: the
 * same {@link ControllerLoop}, {@link SyncCoordinator} and project reconciler over a private mirror
 * of the GitOps remote, with git-notes audit records pushed back. A sync is requested as a webhook
 * would, and waited for.
 */
final class EmbeddedController implements AutoCloseable {

    private static final Duration SYNC_TIMEOUT = Duration.ofMinutes(5);
    private static final List<String> ENVIRONMENT_ORDER = List.of("dev", "staging", "production");

    private final GitOpsMirror mirror;
    private final SyncCoordinator coordinator;
    private final ControllerLoop loop;
    private final BlockingQueue<SyncMode> finished = new LinkedBlockingQueue<>();
    private final Queue<ProjectOutcome> outcomes = new ConcurrentLinkedQueue<>();

    private EmbeddedController(DemoWorkspace workspace, DemoTarget target) {
        this.mirror = GitOpsMirror.open(workspace.cache().resolve("controller"),
                new GitOpsRemote(workspace.gitOpsRemote().toUri().toString(), "main", new GitCredentials.None()));
        this.loop = new ControllerLoop(new JGitGitOpsRepository(mirror),
                ControllerAssembly.reconciler(target.cluster(), target.health(), registry -> RegistryCredentials.NONE,
                        target.healthPoll(), MissingRelease.FAIL),
                List.of(new AuditRecorder(ControllerAssembly.auditLog(mirror), BuildInfo.version()),
                        (outcome, context) -> outcomes.add(outcome)),
                Registry.parse("oci-layout:" + workspace.registry()),
                new JGitSignatureVerifier(workspace.cache().resolve("allowed-signers")));
        this.coordinator = ControllerAssembly.coordinator(mode -> {
            try {
                loop.runToIdle(mode, SYNC_TIMEOUT);
            } finally {
                finished.add(mode);
            }
        }, Leadership.ALWAYS);
    }

    /** Starts the controller for the workspace's GitOps remote, applying to {@code target}. */
    static EmbeddedController start(DemoWorkspace workspace, DemoTarget target) {
        return new EmbeddedController(workspace, target);
    }

    /**
     * Requests a sync and waits for it.
     *
     * @param mode a full resync (as at start-up) or the changes since the last sync (as on a webhook)
     * @param reason why, as the coordinator records it
     * @return what each reconciled project's outcome was, in promotion order of the environments
     */
    List<ProjectOutcome> sync(SyncMode mode, String reason) {
        outcomes.clear();
        finished.clear();
        if (mode == SyncMode.FULL) {
            coordinator.requestResync(reason);
        } else {
            coordinator.requestSync(reason);
        }
        try {
            if (finished.poll(SYNC_TIMEOUT.toSeconds(), TimeUnit.SECONDS) == null) {
                throw new DemoFailedException("the controller did not finish a sync within " + SYNC_TIMEOUT.toMinutes() + " min");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailedException("interrupted while waiting for the controller", e);
        }
        List<ProjectOutcome> result = new ArrayList<>(outcomes);
        result.sort(Comparator.comparing(outcome -> order(outcome.target().environment().name())));
        return result;
    }

    private static int order(String environment) {
        int index = ENVIRONMENT_ORDER.indexOf(environment);
        return index < 0 ? ENVIRONMENT_ORDER.size() : index;
    }

    @Override
    public void close() {
        coordinator.close();
        loop.close();
        mirror.close();
    }
}
