package dev.gantry.bench;

import dev.gantry.cli.Gantry;
import dev.gantry.testing.registry.DistributionRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Release packaging: {@code gantry release build} (run in this JVM through {@link Gantry#run}) of a
 * project of N manifests, pushed to the distribution registry and written to an OCI layout, each
 * run a new commit and a cold source cache; two builds of one commit from two caches into two
 * registry paths for reproducibility; and {@code tar czf} of the same manifests folder.
 */
final class Packaging {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Table table;
    private final String machine;
    private final DistributionRegistry registry;
    private final int runs;
    private int builds;

    Packaging(Table table, String machine, DistributionRegistry registry, int runs) {
        this.table = table;
        this.machine = machine;
        this.registry = registry;
        this.runs = runs;
    }

    /** One untimed build, so the first timed one does not pay for class loading. */
    void warmUp(Path folder) throws Exception {
        try (ManifestSource source = ManifestSource.create(folder.resolve("source"), 10)) {
            build(folder, source, source.commit(), registry.host() + "/warm-up");
        }
    }

    void run(Path folder, int manifests) throws Exception {
        String n = String.format("%,d manifests", manifests);
        try (ManifestSource source = ManifestSource.create(folder.resolve("source"), manifests)) {
            long[] pushed = new long[runs];
            long[] layout = new long[runs];
            long[] tar = new long[runs];
            String last = null;
            for (int r = 0; r < runs; r++) {
                last = source.commit();
                String commit = last;
                pushed[r] = Timing.nanos(() -> build(folder, source, commit, registry.host() + "/bench"));
                layout[r] = Timing.nanos(() -> build(folder, source, commit, "oci-layout:" + folder.resolve("layout")));
                Path archive = folder.resolve("tar-" + r + ".tgz");
                tar[r] = Commands.timed(source.deploy().getParent(), List.of("tar", "czf", archive.toString(), "deploy"));
            }
            String parts = machine + "; registry: distribution " + registry.host() + " (loopback)";
            table.add("release packaging: build and push " + n + " (median of " + runs + ", new commit, cold cache)",
                    Timing.ms(Timing.median(pushed)), parts);
            table.add("release packaging: build into an OCI layout, " + n, Timing.ms(Timing.median(layout)),
                    machine + "; registry: OCI layout on disk");
            table.add("side by side: Gantry packaging (OCI layout) / tar czf of the manifests folder, " + n,
                    Timing.ratio(Timing.median(layout), Timing.median(tar)), machine + "; registry: OCI layout on disk; GNU tar + gzip");
            reproducibility(folder, source, last, n);
        }
    }

    private void reproducibility(Path folder, ManifestSource source, String commit, String n) throws Exception {
        String first = build(folder, source, commit, registry.host() + "/again-a");
        String second = build(folder, source, commit, registry.host() + "/again-b");
        table.add("release packaging: reproducibility, two builds of one commit (two caches, two registry paths), " + n,
                first.equals(second) ? "one digest " + first.substring(0, 19) + "…" : "DIFFERENT: " + first + " and " + second,
                machine + "; registry: distribution " + registry.host() + " (loopback)");
    }

    /** Builds with a fresh cache and returns the manifest digest; fails with the command's error output. */
    private String build(Path folder, ManifestSource source, String commit, String target) throws Exception {
        Path cache = Files.createDirectories(folder.resolve("cache-" + ++builds));
        Map<String, String> environment = new HashMap<>();
        environment.put("GANTRY_CACHE", cache.toString());
        environment.put("DOCKER_CONFIG", Files.createDirectories(folder.resolve("docker")).toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Gantry.run(new PrintWriter(out, true), new PrintWriter(err, true), environment, "release", "build",
                "--source", source.folder().toString(), "--commit", commit, "--project", ManifestSource.PROJECT,
                "--repository", "bench", "--registry", target, "--output", "json");
        if (exit != 0) {
            throw new IllegalStateException("gantry release build exited with " + exit + ": " + err.toString().strip());
        }
        JsonNode result = JSON.readTree(out.toString());
        return result.get("digest").asString();
    }
}
