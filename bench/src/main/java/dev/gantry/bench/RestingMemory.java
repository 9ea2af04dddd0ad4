package dev.gantry.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Memory at rest: starts {@link RestingController} in a child JVM with default flags, lets it sync
 * N pointers, and reads its heap (used after GC, committed) and its resident set from
 * {@code /proc/PID/status}. It applies to the real API server when one is given, else to the
 * in-memory applier.
 */
final class RestingMemory {

    /** Without a real API server: the mock server's store scans every object per request, too slow at this size. */
    private static final String IN_MEMORY = "API: none, the in-memory applier (its ~4 stored objects per pointer count in the heap)";

    private final Table table;
    private final String machine;

    RestingMemory(Table table, String machine) {
        this.table = table;
        this.machine = machine;
    }

    /** Adds the row and returns the heap used after GC, in bytes. */
    long run(Path folder, int pointers, ApiServer api) throws Exception {
        try (SyntheticGitOps gitops = SyntheticGitOps.create(folder, pointers)) {
            gitops.seed();
            gitops.publishReleases();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dgantry.bench.log=" + folder.resolve("controller.log"),
                    "-Dlogback.configurationFile=" + System.getProperty("logback.configurationFile", ""), "-cp", System.getProperty("java.class.path"), RestingController.class.getName(), gitops.remote().url(),
                    "oci-layout:" + gitops.registry().layout(), folder.resolve("mirror").toString(),
                    api.real() ? "kubeconfig:" + api.kubeconfig() : "in-memory"));
            Process child = new ProcessBuilder(command).redirectError(folder.resolve("child.log").toFile()).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String synced = null;
                String heap = out.readLine();
                while (heap != null && !heap.startsWith("heap ")) {
                    synced = heap.startsWith("synced ") ? heap : synced;
                    heap = out.readLine();
                }
                if (heap == null || !heap.startsWith("heap ")) {
                    throw new IllegalStateException("the resting controller did not report its heap; its log: "
                            + Files.readString(folder.resolve("child.log")));
                }
                String[] figures = heap.split(" ");
                table.add(String.format("memory at rest after a full sync of %,d pointers (controller loop in its own JVM, "
                        + "default flags)", pointers), "heap used after GC " + Timing.mib(Long.parseLong(figures[1]))
                        + ", heap committed " + Timing.mib(Long.parseLong(figures[2])) + ", RSS " + rssMiB(child.pid())
                        + " MiB; " + synced, machine + "; " + (api.real() ? api.label() : IN_MEMORY) + "; registry: OCI layout on disk");
                return Long.parseLong(figures[1]);
            } finally {
                child.getOutputStream().close();
                child.waitFor();
            }
        }
    }

    private static long rssMiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/" + pid + "/status");
    }
}
