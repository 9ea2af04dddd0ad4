package dev.gantry.promotion.jgit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program directly, never through a shell: the arguments go to it as they are, the input
 * is written to its standard input, and both outputs are read while it runs. The environment is
 * this JVM's, with the command's variables laid over it.
 */
final class ExternalProgram {

    private final Map<String, String> environment;
    private final Duration timeout;

    /**
     * Creates the runner.
     *
     * @param environment variables set for the program on top of the JVM's own, such as {@code GNUPGHOME}
     * @param timeout how long the program may run before it is killed
     */
    ExternalProgram(Map<String, String> environment, Duration timeout) {
        this.environment = Map.copyOf(environment);
        this.timeout = timeout;
    }

    /**
     * Runs {@code command} with {@code input} on its standard input and waits for it to end.
     *
     * @throws IOException when the program cannot be started, or does not end within the timeout
     *     (then it is killed)
     */
    Output run(List<String> command, byte[] input) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder.start();
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> write(process.getOutputStream(), input));
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish within " + timeout.toSeconds() + " s and was stopped");
            }
            writing.exceptionally(ignored -> null).get();
            return new Output(process.exitValue(), out.get(), err.get());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + command.get(0), e);
        } catch (ExecutionException e) {
            throw new IOException("cannot read the output of " + command.get(0) + ": " + e.getCause().getMessage(), e);
        }
    }

    private static void write(OutputStream stdin, byte[] input) {
        try (stdin) {
            stdin.write(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream stream) {
        try (stream) {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a program left when it ended.
     *
     * @param exitCode its exit code
     * @param stdout its standard output
     * @param stderr its standard error
     */
    record Output(int exitCode, byte[] stdout, byte[] stderr) {
    }
}
