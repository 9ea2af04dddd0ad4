package dev.gantry.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a text file of the workspace, failing the demo with the file's name. */
final class DemoFiles {

    private DemoFiles() {
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DemoFailedException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
