package dev.gantry.config;

import dev.gantry.audit.AuditLog;
import dev.gantry.audit.gitnotes.GitNotesAuditLog;
import dev.gantry.deploy.ClusterApplier;
import dev.gantry.deploy.Health;
import dev.gantry.deploy.Leadership;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.reconcile.MissingRelease;
import dev.gantry.reconcile.ProjectReconciler;
import dev.gantry.reconcile.SyncCoordinator;
import dev.gantry.reconcile.SyncMode;
import dev.gantry.release.Registry;
import dev.gantry.release.RegistryCredentials;
import dev.gantry.release.oci.ArtifactStores;
import dev.gantry.source.jgit.GitOpsMirror;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The controller's pipeline parts, assembled the same way for {@code gantry serve} (through Spring)
 * and for {@code gantry demo} (without it): the audit log, the project reconciler and the sync
 * coordinator.
 */
public final class ControllerAssembly {

    private ControllerAssembly() {
    }

    /** The git-notes audit log on the GitOps mirror, committing notes as Gantry. */
    public static AuditLog auditLog(GitOpsMirror mirror) {
        return new GitNotesAuditLog(mirror, "Gantry", "gantry@localhost");
    }

    /**
     * The project reconciler over a cluster, fetching releases from any registry with the credentials bound to its host.
     *
     * @param cluster where releases are applied
     * @param health judges one live object
     * @param credentials the credentials for one registry, {@link RegistryCredentials#NONE} where none belong
     * @param healthPoll how often health is read while waiting
     * @param missing builds a release the registry lacks, or {@link MissingRelease#FAIL}
     * @return the reconciler
     */
    public static ProjectReconciler reconciler(ClusterApplier cluster, BiFunction<ObjectKey, Map<String, Object>, Health> health,
            Function<Registry, RegistryCredentials> credentials, Duration healthPoll, MissingRelease missing) {
        return new ProjectReconciler(registry -> ArtifactStores.forRegistry(registry, credentials.apply(registry)), cluster, health,
                Clock.systemUTC(), healthPoll, missing);
    }

    /**
     * The coordinator that runs {@code sync} one at a time.
     *
     * @param sync one sync, normally the loop itself
     * @param leadership syncs run only while this replica leads
     * @return the coordinator, to be closed
     */
    public static SyncCoordinator coordinator(Consumer<SyncMode> sync, Leadership leadership) {
        return new SyncCoordinator(sync, leadership);
    }
}
