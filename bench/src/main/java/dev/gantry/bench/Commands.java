package dev.gantry.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs the command-line tools Gantry is compared with, and times them. */
final class Commands {

    private Commands() {
    }

    /** Whether {@code tool} is on the PATH. */
    static boolean available(String tool) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs a command in {@code folder} and returns its wall time in nanoseconds; fails with its output on a non-zero exit. */
    static long timed(Path folder, List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        run(folder, command);
        return System.nanoTime() - start;
    }

    /** Runs a command in {@code folder} and returns what it printed; fails with that output on a non-zero exit. */
    static String run(Path folder, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + ": " + output.strip());
        }
        return output;
    }
}
