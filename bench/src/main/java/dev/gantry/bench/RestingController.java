package dev.gantry.bench;

import dev.gantry.deploy.ClusterApplier;
import dev.gantry.deploy.InMemoryClusterApplier;
import dev.gantry.deploy.ManagedObjectWatch;
import dev.gantry.deploy.fabric8.Fabric8Connection;
import dev.gantry.reconcile.SyncMode;
import dev.gantry.release.Registry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * The controller at rest, in a JVM of its own so its memory can be read from outside: syncs the
 * GitOps remote once, collects garbage, prints {@code heap USED COMMITTED} and waits until its
 * standard input closes.
 *
 * <p>Arguments: the remote URL, the registry, a cache folder, and {@code kubeconfig:PATH} (server-side
 * apply to that API server) or {@code in-memory} (the in-memory applier, whose stored objects then
 * count in this heap).
 */
public final class RestingController {

    private RestingController() {
    }

    /** The informers list their kinds while the sync runs; this lets their caches fill before the heap is read. */
    private static void settle() {
        java.util.concurrent.locks.LockSupport.parkNanos(java.time.Duration.ofSeconds(5).toNanos());
    }

    /** Runs the controller until standard input closes. */
    public static void main(String[] args) throws IOException {
        Fabric8Connection client = args[3].startsWith("kubeconfig:")
                ? Fabric8Connection.open(Path.of(args[3].substring("kubeconfig:".length())), ApiServer.RATE) : null;
        ClusterApplier applier = client == null ? new InMemoryClusterApplier() : client.applier();
        ManagedObjectWatch watch = client == null ? ManagedObjectWatch.none() : client.watch();
        try (ControllerRig rig = new ControllerRig(Path.of(args[2]), args[0], Registry.parse(args[1]), applier, watch)) {
            rig.loop().runToIdle(SyncMode.FULL);
            if (client != null) {
                settle();
            }
            System.out.println("synced " + rig.signal().drainCounts());
            long used = Timing.usedHeapAfterGc();
            System.out.println("heap " + used + " " + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted());
            System.out.flush();
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
        } finally {
            if (client != null) {
                client.close();
            }
        }
    }

}
