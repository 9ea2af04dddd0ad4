package dev.gantry.testing.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code config.yml} of one test registry: loopback address, filesystem storage, quiet logs, auth. */
record RegistryConfig(int port, Path storage, String httpSecret, String authSection) {

    /** Renders the configuration as distribution 2.8 reads it. */
    String yaml() {
        return """
                version: 0.1
                log:
                  level: warn
                  formatter: text
                  accesslog:
                    disabled: true
                storage:
                  filesystem:
                    rootdirectory: %s
                  delete:
                    enabled: true
                  maintenance:
                    uploadpurging:
                      enabled: false
                http:
                  addr: 127.0.0.1:%d
                  secret: %s
                """.formatted(quoted(storage.toString()), port, quoted(httpSecret)) + authSection;
    }

    /** Writes the configuration to {@code file}, replacing what was there. */
    void writeTo(Path file) throws IOException {
        Files.writeString(file, yaml());
    }

    /** A YAML single-quoted scalar. */
    static String quoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
