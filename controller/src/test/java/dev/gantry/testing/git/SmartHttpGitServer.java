package dev.gantry.testing.git;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.RefAdvertiser.PacketLineOutRefAdvertiser;
import org.eclipse.jgit.transport.UploadPack;

/**
 * An in-process git smart-HTTP server (protocol v0, stateless RPC) on the JDK's HTTP server,
 * serving the bare repositories in one folder behind HTTP basic authentication.
 *
 * <p>It speaks the protocol with JGit's own {@link UploadPack} and {@link ReceivePack}, exactly as
 * JGit's {@code GitServlet} does, without a servlet container: {@code org.eclipse.jgit.http.server}
 * is not published for the JGit version Gantry uses, and mixing releases would test a combination
 * nobody runs. Dumb HTTP is not served.
 */
public final class SmartHttpGitServer implements AutoCloseable {

    private static final Pattern INFO_REFS = Pattern.compile("/([^/]+\\.git)/info/refs");
    private static final Pattern RPC = Pattern.compile("/([^/]+\\.git)/(git-upload-pack|git-receive-pack)");
    private static final String UPLOAD_PACK = "git-upload-pack";
    private static final String RECEIVE_PACK = "git-receive-pack";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Path root;
    private final String expectedAuthorization;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private SmartHttpGitServer(HttpServer server, ExecutorService executor, Path root, String username, String password) {
        this.server = server;
        this.executor = executor;
        this.root = root;
        this.expectedAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Serves the bare repositories in {@code root} on a free loopback port to one user. */
    public static SmartHttpGitServer start(Path root, String username, String password) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService executor = Executors.newFixedThreadPool(4);
        SmartHttpGitServer git = new SmartHttpGitServer(server, executor, root, username, password);
        server.createContext("/", git::handle);
        server.setExecutor(executor);
        server.start();
        return git;
    }

    /** The clone URL of the bare repository {@code name} (such as {@code gitops.git}) in the root folder. */
    public String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    /** Every request seen, as {@code METHOD path status}, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"gantry-test-git\"");
                answer(exchange, path, 401);
                return;
            }
            Matcher info = INFO_REFS.matcher(path);
            Matcher rpc = RPC.matcher(path);
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            if (info.matches() && exchange.getRequestMethod().equals("GET") && query.startsWith("service=git-")) {
                advertise(exchange, path, info.group(1), query.substring("service=".length()));
            } else if (rpc.matches() && exchange.getRequestMethod().equals("POST")) {
                serve(exchange, path, rpc.group(1), rpc.group(2));
            } else {
                answer(exchange, path, 404);
            }
        }
    }

    private void advertise(HttpExchange exchange, String path, String name, String service) throws IOException {
        try (Repository repository = open(name)) {
            exchange.getResponseHeaders().set("Content-Type", "application/x-" + service + "-advertisement");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            answer(exchange, path, 200);
            OutputStream body = exchange.getResponseBody();
            PacketLineOut out = new PacketLineOut(body);
            out.writeString("# service=" + service + "\n");
            out.end();
            PacketLineOutRefAdvertiser advertiser = new PacketLineOutRefAdvertiser(out);
            if (service.equals(UPLOAD_PACK)) {
                UploadPack upload = new UploadPack(repository);
                upload.setBiDirectionalPipe(false);
                upload.sendAdvertisedRefs(advertiser);
            } else {
                ReceivePack receive = new ReceivePack(repository);
                receive.setBiDirectionalPipe(false);
                receive.sendAdvertisedRefs(advertiser);
            }
            body.flush();
        }
    }

    private void serve(HttpExchange exchange, String path, String name, String service) throws IOException {
        try (Repository repository = open(name); InputStream in = requestBody(exchange)) {
            exchange.getResponseHeaders().set("Content-Type", "application/x-" + service + "-result");
            answer(exchange, path, 200);
            OutputStream out = exchange.getResponseBody();
            if (service.equals(UPLOAD_PACK)) {
                UploadPack upload = new UploadPack(repository);
                upload.setBiDirectionalPipe(false);
                upload.upload(in, out, null);
            } else {
                ReceivePack receive = new ReceivePack(repository);
                receive.setBiDirectionalPipe(false);
                receive.receive(in, out, null);
            }
            out.flush();
        }
    }

    private static InputStream requestBody(HttpExchange exchange) throws IOException {
        InputStream body = exchange.getRequestBody();
        return "gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding")) ? new GZIPInputStream(body) : body;
    }

    private Repository open(String name) throws IOException {
        return new FileRepositoryBuilder().setGitDir(root.resolve(name).toFile()).setMustExist(true).build();
    }

    private void answer(HttpExchange exchange, String path, int status) throws IOException {
        requests.add(exchange.getRequestMethod() + " " + path + " " + status);
        exchange.sendResponseHeaders(status, status == 200 ? 0 : -1);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
