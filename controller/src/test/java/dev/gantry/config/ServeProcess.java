package dev.gantry.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One {@code gantry serve}, run as an operator runs it: the packaged {@code gantry.jar} in its own
 * JVM, its output in {@code serve.log}, its cache in its folder, so a test can {@code kill -9} it.
 *
 * @param name what the test calls it
 * @param process the JVM
 * @param output its standard output and error
 */
record ServeProcess(String name, Process process, Path output) {

    /**
     * Starts {@code java -jar jar arguments…} in {@code folder}.
     *
     * @param environment added to the JVM's environment
     */
    static ServeProcess start(Path jar, String name, List<String> arguments, Path folder, Map<String, String> environment)
            throws IOException {
        Files.createDirectories(folder);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toAbsolutePath().toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("serve.log").toFile()));
        builder.environment().put("GANTRY_CACHE", folder.resolve("cache").toString());
        builder.environment().putAll(environment);
        return new ServeProcess(name, builder.start(), folder.resolve("serve.log"));
    }

    String log() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    /** {@code kill -9}: the JVM gets no chance to finish a sync or release a Lease. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
