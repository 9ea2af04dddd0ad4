package dev.gantry.cli;

import dev.gantry.demo.DemoFlow;
import dev.gantry.demo.DemoTarget;
import dev.gantry.demo.DemoWorkspace;
import dev.gantry.demo.jgit.JGitDemoGit;
import dev.gantry.deploy.HealthAssessor;
import dev.gantry.deploy.fabric8.Fabric8Connection;
import dev.gantry.deploy.folder.FolderClusterApplier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gantry demo}: Gantry's whole job on a laptop, with no network, registry or cluster. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        versionProvider = GantryVersion.class,
        description = {
            "Show Gantry's whole job in one run, offline. In a new workspace folder: a GitOps repository",
            "made from gitops-repo-template with a bare remote, a sample source repository with two",
            "commits, and a local OCI layout as the registry. Then, through the same code as the real",
            "commands: release build, the controller pipeline in process, promotion dev -> staging ->",
            "production with an approval, a rollback of production, and production's history.",
            "Objects go to the embedded target, <workspace>/applied/<environment>/, one YAML file per",
            "object, rendered, confined, ordered and pruned as on a cluster; with --cluster, to a cluster."
        },
        footer = {
            "",
            "Examples:",
            "  gantry demo",
            "  gantry demo --workspace /tmp/gantry-demo",
            "  gantry demo --cluster --kubeconfig ~/.kube/kind-config",
            "",
            "Exit codes: 0 the demo ran to the end, 1 the workspace is not empty or a step failed,",
            "2 usage error, 3 the cluster failed."
        })
final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", defaultValue = "gantry-demo", paramLabel = "DIR",
            description = "A new or empty folder for the demo. Default: ${DEFAULT-VALUE} in the current folder.")
    private Path workspace;

    @Option(names = "--cluster", description = "Apply to a Kubernetes cluster instead of the embedded folder target.")
    private boolean cluster;

    @Option(names = "--kubeconfig", paramLabel = "FILE",
            description = "With --cluster: the kubeconfig. Default: in-cluster, else KUBECONFIG or ~/.kube/config.")
    private Path kubeconfig;

    @Override
    public Integer call() {
        if (kubeconfig != null && !cluster) {
            throw new ParameterException(spec.commandLine(), "--kubeconfig needs --cluster");
        }
        if (!cluster) {
            DemoWorkspace prepared = DemoWorkspace.prepare(workspace);
            run(prepared, embedded(prepared));
            return ExitCode.OK;
        }
        try (Fabric8Connection connection = Fabric8Connection.open(kubeconfig)) {
            String server = connection.reachable();
            DemoWorkspace prepared = DemoWorkspace.prepare(workspace);
            run(prepared, new DemoTarget(connection.applier(), new HealthAssessor()::assess, Duration.ofSeconds(2),
                    "the cluster at " + server + ", namespace hello-<environment>", null));
        }
        return ExitCode.OK;
    }

    private void run(DemoWorkspace prepared, DemoTarget target) {
        new DemoFlow(prepared, target, new JGitDemoGit(), spec.commandLine().getOut()).run();
    }

    private static DemoTarget embedded(DemoWorkspace prepared) {
        return new DemoTarget(new FolderClusterApplier(prepared.applied()), FolderClusterApplier::assess,
                Duration.ofMillis(100), prepared.root().relativize(prepared.applied()) + "/<environment>/",
                "health is not judged: " + FolderClusterApplier.NOT_RUN);
    }
}
