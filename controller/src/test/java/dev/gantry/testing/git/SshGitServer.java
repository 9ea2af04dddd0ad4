package dev.gantry.testing.git;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * An in-process git server over ssh (Apache MINA sshd, the library JGit's own ssh client uses):
 * public-key authentication for one key, {@code git-upload-pack} and {@code git-receive-pack}
 * served by JGit on the bare repositories in one folder.
 */
public final class SshGitServer implements AutoCloseable {

    private final SshServer server;
    private final PublicKey hostKey;
    private final ExecutorService executor = Executors.newCachedThreadPool();

    private SshGitServer(SshServer server, PublicKey hostKey) {
        this.server = server;
        this.hostKey = hostKey;
    }

    /** Starts on a free loopback port, letting in only {@code authorized}; the host key is generated into {@code hostKeyFile}. */
    public static SshGitServer start(Path root, PublicKey authorized, Path hostKeyFile) throws IOException {
        Files.createDirectories(hostKeyFile.getParent());
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        server.setPort(0);
        SimpleGeneratorHostKeyProvider hostKeys = new SimpleGeneratorHostKeyProvider(hostKeyFile);
        hostKeys.setAlgorithm(KeyUtils.EC_ALGORITHM);
        hostKeys.setKeySize(256);
        server.setKeyPairProvider(hostKeys);
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setPublickeyAuthenticator((user, key, session) -> KeyUtils.compareKeys(authorized, key));
        List<KeyPair> keys = hostKeys.loadKeys(null);
        SshGitServer git = new SshGitServer(server, keys.get(0).getPublic());
        server.setCommandFactory(git.commands(root));
        server.start();
        return git;
    }

    /** The clone URL of the bare repository {@code name} in the root folder, as user git. */
    public String url(String name) {
        return "ssh://git@127.0.0.1:" + server.getPort() + "/" + name;
    }

    /** The known_hosts line naming this server's host key. */
    public String knownHostsLine() {
        return "[127.0.0.1]:" + server.getPort() + " " + PublicKeyEntry.toString(hostKey);
    }

    private CommandFactory commands(Path root) {
        return (channel, command) -> {
            List<String> words = CommandFactory.split(command);
            String name = words.get(words.size() - 1).replaceAll("^'|'$", "").replaceAll("^/+", "");
            return new GitCommand(words.get(0), root.resolve(name));
        };
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
        executor.shutdownNow();
    }

    /** One {@code git-upload-pack} or {@code git-receive-pack} invocation, run on its own thread. */
    private final class GitCommand implements Command {

        private final String service;
        private final Path repository;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;

        GitCommand(String service, Path repository) {
            this.service = service;
            this.repository = repository;
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback exit) {
            this.exit = exit;
        }

        @Override
        public void start(ChannelSession channel, Environment environment) {
            executor.execute(this::run);
        }

        private void run() {
            try (Repository git = new FileRepositoryBuilder().setGitDir(repository.toFile()).setMustExist(true).build()) {
                if (service.equals("git-upload-pack")) {
                    new UploadPack(git).upload(in, out, err);
                } else if (service.equals("git-receive-pack")) {
                    new ReceivePack(git).receive(in, out, err);
                } else {
                    exit.onExit(127, "unknown command " + service);
                    return;
                }
                out.flush();
                exit.onExit(0);
            } catch (IOException | RuntimeException e) {
                exit.onExit(1, String.valueOf(e.getMessage()));
            }
        }

        @Override
        public void destroy(ChannelSession channel) {
            // The thread ends with the streams.
        }
    }
}
