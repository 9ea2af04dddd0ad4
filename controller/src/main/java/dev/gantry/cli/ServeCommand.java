package dev.gantry.cli;

import dev.gantry.config.GantryApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gantry serve}: runs the controller until it is stopped. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = GantryVersion.class,
        description = {
            "Run the controller: fetch the GitOps repository on a schedule and at once on a verified",
            "webhook, reconcile what changed (render, confine, server-side apply, prune, health), and",
            "record each reconcile in the status API, Prometheus metrics and a git note on the pointer's",
            "commit (refs/notes/gantry, pushed back).",
            "",
            "Every setting also reads from application.yaml and environment variables (GANTRY_REPO,",
            "GANTRY_GIT_TOKEN, GANTRY_WEBHOOKS_GITHUB, ...); flags win."
        },
        footer = {
            "",
            "Endpoints: /api/v1/environments, /hooks/{github,gitlab,gitea,generic},",
            "/actuator/health/{liveness,readiness}, /actuator/prometheus."
        })
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--repo", paramLabel = "URL", description = "The GitOps repository (https, ssh or file URL).")
    private String repo;

    @Option(names = "--branch", paramLabel = "NAME", converter = BranchConverter.class,
            description = "The branch to watch. Default: main.")
    private String branch;

    @Option(names = "--kubeconfig", paramLabel = "FILE",
            description = "Kubeconfig file. Default: in-cluster, else KUBECONFIG or ~/.kube/config.")
    private Path kubeconfig;

    @Option(names = "--registry", paramLabel = "REGISTRY",
            description = "Default release registry, HOST[:PORT][/PREFIX] or oci-layout:DIR. An environment's registry wins.")
    private String registry;

    @Option(names = "--poll", paramLabel = "DURATION", description = "How often to fetch, such as 60s (default) or 5m.")
    private String poll;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port. Default: 8080.")
    private Integer port;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (repo == null && GantryCommand.environment(spec).get("GANTRY_REPO") == null) {
            throw new ParameterException(spec.commandLine(),
                    "no GitOps repository: pass --repo URL (https, ssh or file) or set GANTRY_REPO");
        }
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplication(GantryApplication.class).run(arguments());
        } catch (RuntimeException e) {
            throw new ServeStartException(rootMessage(e), e);
        }
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        closed.await();
        return ExitCode.OK;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private String[] arguments() {
        List<String> arguments = new ArrayList<>();
        add(arguments, "gantry.repo", repo);
        add(arguments, "gantry.branch", branch);
        add(arguments, "gantry.kubeconfig", kubeconfig);
        add(arguments, "gantry.registry", registry);
        add(arguments, "gantry.poll", poll);
        add(arguments, "server.port", port);
        return arguments.toArray(String[]::new);
    }

    private static void add(List<String> arguments, String key, Object value) {
        if (value != null) {
            arguments.add("--" + key + "=" + value);
        }
    }
}
