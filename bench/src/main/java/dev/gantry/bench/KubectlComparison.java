package dev.gantry.bench;

import dev.gantry.deploy.ClusterApplier;
import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ObjectKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gantry against {@code kubectl} on a real API server ({@code GANTRY_BENCH_KUBECONFIG}): the same
 * ConfigMaps applied by Gantry's applier and by {@code kubectl apply --server-side}, each into a
 * namespace of its own, and the loop against the script a team would write instead ({@code git
 * pull}, then {@code kubectl apply --server-side --prune} of the changed folder, pruning through an
 * ApplySet, the only way kubectl prunes what it applied server-side). Namespaces it
 * creates are named {@code gantry-bench-*} and deleted at the end.
 */
final class KubectlComparison {

    private final Table table;
    private final String parts;
    private final ApiServer api;

    KubectlComparison(Table table, String machine, ApiServer api) {
        this.table = table;
        this.parts = machine + "; " + api.label() + "; kubectl";
        this.api = api;
    }

    /**
     * Applies {@code objects} ConfigMaps both ways and adds the ratio, then the server's limit with
     * both rates and {@code syncRate} (the cold sync's objects per second) as shares of it.
     *
     * @return the server's limit and kubectl's rate, as the rows give them
     */
    Rates apply(Path folder, int objects, double syncRate) throws Exception {
        String suffix = Long.toString(System.currentTimeMillis() % 100_000);
        String gantryNamespace = "gantry-bench-gantry-" + suffix;
        String kubectlNamespace = "gantry-bench-kubectl-" + suffix;
        String ceilingNamespace = "gantry-bench-ceiling-" + suffix;
        ClusterApplier applier = api.applier();
        try {
            createNamespace(applier, gantryNamespace);
            createNamespace(applier, kubectlNamespace);
            List<KubernetesObject> desired = configMaps(gantryNamespace, objects);
            long gantry = Timing.nanos(() -> desired.forEach(applier::apply));
            Path manifests = Files.createDirectories(folder.resolve("kubectl"));
            Files.writeString(manifests.resolve("objects.yaml"), yaml(kubectlNamespace, objects));
            long kubectl = Commands.timed(folder, kubectl("apply", "--server-side", "--field-manager", "bench-kubectl",
                    "-f", manifests.toString()));
            table.add(String.format("side by side: Gantry apply / kubectl apply --server-side, %,d ConfigMaps", objects),
                    Timing.ratio(gantry, kubectl), parts);
            createNamespace(applier, ceilingNamespace);
            ApiCeiling.Result ceiling = new ApiCeiling(api.client()).measure(ceilingNamespace, objects);
            table.add(String.format("API server limit: server-side apply of %,d new ConfigMaps by a tuned client "
                    + "(best of 4, 16, 64 in flight)", objects), String.format("%.0f objects/s at %d in flight; %s; %s; %s",
                    ceiling.perSecond(), ceiling.threads(), ceiling.share("Gantry's apply (one request at a time)",
                            objects * 1e9 / gantry), ceiling.share("kubectl", objects * 1e9 / kubectl),
                    ceiling.share("the cold sync of 3-object releases", syncRate)), parts);
            return new Rates(ceiling, objects * 1e9 / kubectl);
        } finally {
            deleteNamespace(gantryNamespace);
            deleteNamespace(kubectlNamespace);
            deleteNamespace(ceilingNamespace);
        }
    }

    /**
     * The script's loop: commit one changed folder of plain manifests to a remote, then {@code git pull}
     * and {@code KUBECTL_APPLYSET=true kubectl apply --server-side --prune --applyset=script} of that
     * folder (without an ApplySet kubectl refuses {@code --prune} with {@code --server-side}); the
     * median over {@code commits}
     * against Gantry's webhook p50, {@code gantryNanos}.
     *
     * @return the script's median, in nanoseconds
     */
    long loop(Path folder, int commits, long gantryNanos) throws Exception {
        String namespace = "gantry-bench-script-" + System.currentTimeMillis() % 100_000;
        Path remote = folder.resolve("script-remote");
        Path clone = folder.resolve("script-clone");
        Path work = folder.resolve("script-work");
        try {
            createNamespace(api.applier(), namespace);
            Commands.run(folder, List.of("git", "init", "-q", "--bare", "-b", "main", remote.toString()));
            Commands.run(folder, List.of("git", "clone", "-q", remote.toString(), work.toString()));
            writeAndPush(work, namespace, 0);
            Commands.run(folder, List.of("git", "clone", "-q", remote.toString(), clone.toString()));
            long[] nanos = new long[commits];
            for (int i = 1; i <= commits; i++) {
                writeAndPush(work, namespace, i);
                long start = System.nanoTime();
                Commands.run(clone, List.of("git", "-c", "user.name=bench", "-c", "user.email=bench@example.com", "pull", "-q"));
                Commands.run(clone, applySet(kubectl("apply", "--server-side", "--prune", "--applyset=script", "-n", namespace,
                        "-f", "app")));
                nanos[i - 1] = System.nanoTime() - start;
            }
            table.add("side by side: Gantry commit-to-applied (webhook p50) / git pull + kubectl apply --server-side "
                    + "--prune --applyset of the changed folder (median of " + commits + ")", Timing.ratio(gantryNanos, Timing.median(nanos)),
                    parts + "; git");
            return Timing.median(nanos);
        } finally {
            deleteNamespace(namespace);
        }
    }

    private void writeAndPush(Path work, String namespace, int version) throws Exception {
        Path app = Files.createDirectories(work.resolve("app"));
        Files.writeString(app.resolve("objects.yaml"), yaml(namespace, 3).replace("version: \"0\"", "version: \"" + version + "\""));
        Commands.run(work, List.of("git", "add", "-A"));
        Commands.run(work, List.of("git", "-c", "user.name=bench", "-c", "user.email=bench@example.com", "commit", "-q",
                "-m", "version " + version));
        Commands.run(work, List.of("git", "push", "-q", "origin", "HEAD:main"));
    }

    private List<String> kubectl(String... arguments) {
        List<String> command = new ArrayList<>(List.of("kubectl", "--kubeconfig", api.kubeconfig().toString()));
        command.addAll(List.of(arguments));
        return command;
    }

    /** {@code command} with kubectl's ApplySet support switched on (alpha in kubectl 1.36). */
    private static List<String> applySet(List<String> command) {
        List<String> withEnvironment = new ArrayList<>(List.of("env", "KUBECTL_APPLYSET=true"));
        withEnvironment.addAll(command);
        return withEnvironment;
    }

    private static void createNamespace(ClusterApplier applier, String name) {
        applier.apply(new KubernetesObject(new ObjectKey("v1", "Namespace", null, name),
                Map.of("apiVersion", "v1", "kind", "Namespace", "metadata", Map.of("name", name))));
    }

    private void deleteNamespace(String name) {
        api.applier().delete(new ObjectKey("v1", "Namespace", null, name));
    }

    /**
     * What the apply rows measured, for issue #13's targets.
     *
     * @param ceiling the API server's limit
     * @param kubectlPerSecond objects per second of {@code kubectl apply --server-side}
     */
    record Rates(ApiCeiling.Result ceiling, double kubectlPerSecond) {
    }

    private static List<KubernetesObject> configMaps(String namespace, int count) {
        List<KubernetesObject> objects = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> metadata = new LinkedHashMap<>(Map.of("name", "bench-" + i, "namespace", namespace,
                    "labels", Map.of("gantry.dev/bench", "script")));
            objects.add(new KubernetesObject(new ObjectKey("v1", "ConfigMap", namespace, "bench-" + i),
                    Map.of("apiVersion", "v1", "kind", "ConfigMap", "metadata", metadata, "data", Map.of("version", "0"))));
        }
        return objects;
    }

    private static String yaml(String namespace, int count) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < count; i++) {
            yaml.append("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bench-").append(i).append("\n  namespace: ")
                    .append(namespace).append("\n  labels:\n    gantry.dev/bench: script\ndata:\n  version: \"0\"\n");
        }
        return yaml.toString();
    }
}
