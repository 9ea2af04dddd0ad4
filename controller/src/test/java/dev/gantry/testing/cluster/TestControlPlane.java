package dev.gantry.testing.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.util.FileUtils;

/**
 * The project's loopback control plane (etcd, kube-apiserver, kube-controller-manager, kube-scheduler
 * and kwok fake nodes), run as one {@code gantry-test-cluster run} process for the whole test run.
 * It stops with this JVM even when the JVM is killed ({@code --exit-with-parent}); closing stops it
 * and deletes its folder.
 */
public final class TestControlPlane implements AutoCloseable {

    /** A cold start is about ten seconds here; a busy CI machine gets much longer. */
    private static final Duration STARTUP = Duration.ofMinutes(4);

    private static final Duration SHUTDOWN = Duration.ofSeconds(40);

    private final Process process;
    private final Path directory;
    private final Path kubeconfig;

    private TestControlPlane(Process process, Path directory, Path kubeconfig) {
        this.process = process;
        this.directory = directory;
        this.kubeconfig = kubeconfig;
    }

    /**
     * Starts the control plane and waits until its nodes are Ready and its default ServiceAccount exists.
     *
     * @throws IllegalStateException when it exits or is not ready within {@link #STARTUP}, with its log folder
     */
    static TestControlPlane start(Path binary) {
        try {
            Path directory = Files.createTempDirectory("gantry-test-cluster-");
            Process process = new ProcessBuilder(binary.toString(), "run", "--dir", directory.toString(),
                    "--exit-with-parent").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("run.log").toFile())).start();
            awaitReady(process, directory);
            return new TestControlPlane(process, directory, directory.resolve("kubeconfig"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + binary, e);
        }
    }

    /** The kubeconfig file whose current context is this control plane, as cluster-admin. */
    public Path kubeconfig() {
        return kubeconfig;
    }

    /** The folder holding the control plane's data, certificates and {@code logs/}. */
    public Path directory() {
        return directory;
    }

    /** Stops the API server alone (etcd and the rest keep running) and waits until it has gone. */
    public void stopApiServer() {
        signal("USR1", "stopped");
    }

    /** Starts the API server again, on the same port and data, and waits until it is ready. */
    public void startApiServer() {
        signal("USR2", "ready");
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            FileUtils.delete(directory.toFile(), FileUtils.RECURSIVE | FileUtils.RETRY | FileUtils.IGNORE_ERRORS);
        }
    }

    private void signal(String name, String awaited) {
        try {
            Path state = directory.resolve("apiserver.state");
            Files.deleteIfExists(state);
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
            }
            long deadline = System.nanoTime() + STARTUP.toNanos();
            while (!Files.exists(state) || !Files.readString(state).strip().equals(awaited)) {
                if (Files.exists(state) && Files.readString(state).strip().equals("failed")) {
                    throw new IllegalStateException("the API server did not restart; see " + directory.resolve("logs"));
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the API server was not " + awaited + " within " + STARTUP);
                }
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Waits for the {@code ready} file the control plane writes once it can serve tests. */
    private static void awaitReady(Process process, Path directory) throws IOException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!Files.exists(directory.resolve("ready"))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("the test control plane " + (process.isAlive() ? "was not ready within "
                        + STARTUP : "exited") + ": " + tail(directory.resolve("run.log")) + " (logs in "
                        + directory.resolve("logs") + ")");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new IllegalStateException("interrupted while the test control plane started", e);
            }
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no output)";
        }
        String text = Files.readString(log, StandardCharsets.UTF_8).strip();
        return text.length() <= 2000 ? text : "…" + text.substring(text.length() - 2000);
    }
}
