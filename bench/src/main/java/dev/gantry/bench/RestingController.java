package dev.gantry.bench;

import dev.gantry.deploy.ClusterApplier;
import dev.gantry.deploy.fabric8.Fabric8ClusterApplier;
import dev.gantry.deploy.fabric8.Fabric8Clients;
import dev.gantry.reconcile.SyncMode;
import dev.gantry.release.Registry;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * The controller at rest, in a JVM of its own so its memory can be read from outside: syncs the
 * GitOps remote once, collects garbage, prints {@code heap USED COMMITTED} and waits until its
 * standard input closes.
 *
 * <p>Arguments: the remote URL, the registry, a cache folder, and {@code mock:URL} (create-or-update
 * on Fabric8's mock server) or {@code kubeconfig:PATH} (server-side apply).
 */
public final class RestingController {

    private RestingController() {
    }

    /** Runs the controller until standard input closes. */
    public static void main(String[] args) throws IOException {
        try (KubernetesClient client = client(args[3]);
                ControllerRig rig = new ControllerRig(Path.of(args[2]), args[0], Registry.parse(args[1]), applier(args[3], client))) {
            rig.loop().accept(SyncMode.FULL);
            System.out.println("synced " + rig.signal().drainCounts());
            long used = Timing.usedHeapAfterGc();
            System.out.println("heap " + used + " " + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted());
            System.out.flush();
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    private static KubernetesClient client(String api) {
        if (api.startsWith("kubeconfig:")) {
            return Fabric8Clients.fromKubeconfig(Path.of(api.substring("kubeconfig:".length())));
        }
        Config config = new ConfigBuilder(Config.empty()).withMasterUrl(api.substring("mock:".length())).build();
        return new KubernetesClientBuilder().withConfig(config).build();
    }

    private static ClusterApplier applier(String api, KubernetesClient client) {
        return api.startsWith("kubeconfig:") ? new Fabric8ClusterApplier(client) : new CreateOrUpdateApplier(client);
    }
}
