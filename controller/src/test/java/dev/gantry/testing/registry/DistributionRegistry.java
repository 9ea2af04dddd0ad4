package dev.gantry.testing.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The real CNCF distribution registry ({@code docker-registry serve}) running as a child process on a
 * free loopback port, with filesystem storage in a temporary directory that lives until {@link #close()}.
 */
public final class DistributionRegistry implements AutoCloseable {

    /** Where Debian's {@code docker-registry} package installs the binary. */
    public static final Path DEFAULT_BINARY = Path.of("/usr/bin/docker-registry");

    private static final int PORT_ATTEMPTS = 5;

    private final RegistryAuth auth;
    private final RegistryCredentials credentials;
    private final Path directory;
    private final RegistryAccess access;
    private final RegistryProcess process;
    private final String httpSecret = UUID.randomUUID().toString();
    private final Thread killOnExit;
    private int port;
    private boolean closed;

    private DistributionRegistry(RegistryAuth auth, RegistryCredentials credentials, Path directory,
            RegistryAccess access, RegistryProcess process) {
        this.auth = auth;
        this.credentials = credentials;
        this.directory = directory;
        this.access = access;
        this.process = process;
        this.killOnExit = new Thread(process::kill, "kill docker-registry of " + directory);
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** Starts the registry at {@link #DEFAULT_BINARY} with {@code auth}. */
    public static DistributionRegistry start(RegistryAuth auth) {
        return start(DEFAULT_BINARY, auth);
    }

    /** Starts the registry at {@code binary} with {@code auth}; fails with the registry's log if it does not come up. */
    public static DistributionRegistry start(Path binary, RegistryAuth auth) {
        DistributionRegistry registry = create(binary, auth);
        try {
            registry.startOnAFreePort();
            return registry;
        } catch (RuntimeException e) {
            registry.close();
            throw e;
        }
    }

    private static DistributionRegistry create(Path binary, RegistryAuth auth) {
        try {
            Path directory = Files.createTempDirectory("gantry-registry-");
            try {
                Files.createDirectory(directory.resolve("storage"));
                RegistryCredentials credentials = RegistryCredentials.generate();
                RegistryProcess process = new RegistryProcess(binary, directory.resolve("config.yml"),
                        directory.resolve("registry.log"));
                return new DistributionRegistry(auth, credentials, directory,
                        RegistryAccess.create(auth, directory, credentials), process);
            } catch (IOException | RuntimeException e) {
                deleteRecursively(directory);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare a directory for docker-registry", e);
        }
    }

    /** Whether the registry binary is installed at {@code binary}. */
    public static boolean installed(Path binary) {
        return Files.isRegularFile(binary) && Files.isExecutable(binary);
    }

    /** {@code 127.0.0.1:PORT}, as an image reference names the registry. */
    public String host() {
        return "127.0.0.1:" + port;
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public URI url() {
        return URI.create("http://" + host());
    }

    /** How this registry lets clients in. */
    public RegistryAuth auth() {
        return auth;
    }

    /** The generated user of a {@link RegistryAuth#BASIC} or {@link RegistryAuth#TOKEN} registry. */
    public String username() {
        return credentials().username();
    }

    /** The generated password of a {@link RegistryAuth#BASIC} or {@link RegistryAuth#TOKEN} registry. */
    public String password() {
        return credentials().password();
    }

    /** The generated credentials; an anonymous registry has none. */
    public RegistryCredentials credentials() {
        if (auth == RegistryAuth.ANONYMOUS) {
            throw new IllegalStateException("an anonymous registry has no credentials");
        }
        return credentials;
    }

    /** Stops the registry process (connections are then refused) and keeps its storage. */
    public void stop() {
        process.stop();
    }

    /** Starts the registry again on the same port with the same storage; does nothing while it runs. */
    public void start() {
        if (closed) {
            throw new IllegalStateException("this registry was closed and its storage deleted; start a new one");
        }
        if (process.running()) {
            return;
        }
        if (launch() != RegistryProcess.Outcome.READY) {
            throw new IllegalStateException("docker-registry cannot restart: port " + port + " was taken while it was stopped");
        }
    }

    /** Whether the registry process is running. */
    public boolean running() {
        return process.running();
    }

    private void startOnAFreePort() {
        for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
            port = LoopbackPort.free();
            if (launch() == RegistryProcess.Outcome.READY) {
                return;
            }
        }
        throw new IllegalStateException("docker-registry found its loopback port taken " + PORT_ATTEMPTS + " times in a row");
    }

    private RegistryProcess.Outcome launch() {
        try {
            new RegistryConfig(port, directory.resolve("storage"), httpSecret, access.authSection())
                    .writeTo(directory.resolve("config.yml"));
            return process.start(url());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start docker-registry on " + host(), e);
        }
    }

    /** Stops the process and any token server, and deletes the configuration, log and storage. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        process.stop();
        access.close();
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway; nothing to undo
        }
        deleteRecursively(directory);
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the registry directory " + root, e);
        }
    }

    @Override
    public String toString() {
        return "DistributionRegistry[" + auth + " at " + host() + "]";
    }
}
