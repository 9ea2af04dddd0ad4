package dev.gantry.config;

import dev.gantry.testing.cluster.ClusterTarget;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code gantry serve} started in this JVM as the command would start it, applying to a
 * {@link ClusterTarget}, with HTTP access to its endpoints and a way to fire its Quartz jobs now.
 */
final class RunningController implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConfigurableApplicationContext context;
    private final String base;
    private final String webhookSecret;
    private final HttpClient http = HttpClient.newHttpClient();

    private RunningController(ConfigurableApplicationContext context, String webhookSecret) {
        this.context = context;
        this.webhookSecret = webhookSecret;
        this.base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /**
     * Starts the controller on a free port, polling hourly, so syncs happen at start-up and when a
     * test asks for one.
     *
     * @param repo the GitOps remote's URL
     * @param registry the default release registry
     * @param cache the controller's cache folder
     * @param cluster where it applies
     * @param webhookSecret the generic webhook's secret
     */
    static RunningController start(String repo, String registry, Path cache, ClusterTarget cluster, String webhookSecret) {
        SpringApplication application = new SpringApplication(GantryApplication.class);
        List<String> arguments = arguments(repo, registry, cache, webhookSecret);
        cluster.connect(application, arguments);
        return new RunningController(application.run(arguments.toArray(String[]::new)), webhookSecret);
    }

    /** Starts the controller as {@link #start} does, applying to {@code cluster}, with {@code more} arguments. */
    static RunningController start(String repo, String registry, Path cache, ClusterTarget cluster, List<String> more,
            String webhookSecret) {
        SpringApplication application = new SpringApplication(GantryApplication.class);
        List<String> arguments = arguments(repo, registry, cache, webhookSecret);
        arguments.addAll(more);
        cluster.connect(application, arguments);
        return new RunningController(application.run(arguments.toArray(String[]::new)), webhookSecret);
    }

    /**
     * Starts the controller as {@link #start} does, with {@code more} arguments, such as a
     * {@code --gantry.kubeconfig} of a ServiceAccount's, instead of a test cluster's connection.
     */
    static RunningController start(String repo, String registry, Path cache, List<String> more, String webhookSecret) {
        List<String> arguments = arguments(repo, registry, cache, webhookSecret);
        arguments.addAll(more);
        return new RunningController(new SpringApplication(GantryApplication.class).run(arguments.toArray(String[]::new)),
                webhookSecret);
    }

    private static List<String> arguments(String repo, String registry, Path cache, String webhookSecret) {
        return new ArrayList<>(List.of("--server.port=0", "--gantry.repo=" + repo,
                "--gantry.registry=" + registry, "--gantry.cache=" + cache, "--gantry.poll=1h", "--gantry.resync=1h",
                "--gantry.health-poll=50ms", "--gantry.webhooks.generic=" + webhookSecret));
    }

    /** Fires the poll job now, as its schedule would: a sync of what changed. */
    void poll() throws SchedulerException {
        context.getBean(Scheduler.class).triggerJob(JobKey.jobKey("gantry-poll"));
    }

    /** Fires the resync job now, as its schedule would: a full sync that corrects drift. */
    void resync() throws SchedulerException {
        context.getBean(Scheduler.class).triggerJob(JobKey.jobKey("gantry-resync"));
    }

    /** The status API's view of one project, or a missing node while it has none. */
    JsonNode status(String environment, String repository, String project) throws Exception {
        HttpResponse<String> response = get("/api/v1/environments/" + environment + "/projects/" + repository + "/" + project);
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : JSON.missingNode();
    }

    /** The port the controller listens on, for raw sockets. */
    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts to the generic webhook with an HMAC-SHA256 signature made with {@code secret}. */
    HttpResponse<String> postGenericHook(String body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(URI.create(base + "/hooks/generic")).header("X-Gantry-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts to the generic webhook signed with the controller's own secret. */
    HttpResponse<String> postSignedHook(String body) throws Exception {
        return postGenericHook(body, webhookSecret);
    }

    @Override
    public void close() {
        context.close();
    }
}
