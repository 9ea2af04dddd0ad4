package dev.gantry.cli;

import dev.gantry.deploy.fabric8.Fabric8ModelScopes;
import dev.gantry.diff.DiffSides;
import dev.gantry.diff.CheckoutFiles;
import dev.gantry.diff.ReleaseDiff;
import dev.gantry.diff.ReleaseDiffer;
import dev.gantry.diff.ReleaseSide;
import dev.gantry.pointer.ProjectRef;
import dev.gantry.release.Registry;
import dev.gantry.release.RegistryCredentials;
import dev.gantry.release.oci.ArtifactStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gantry diff}: what a promotion, or a change of release, would change in the rendered manifests. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = GantryVersion.class,
        description = {
            "Show what a promotion or a change of release would change in the rendered manifests.",
            "",
            "Pulls both release artifacts (every digest verified), renders them as the controller would,",
            "and prints a unified diff per object (paired by apiVersion, kind, namespace and name) and a",
            "summary of added, changed and removed objects.",
            "",
            "--from A --to B: B's current release against A's release, both rendered for B with B's",
            "namespace, labels and overlays: what promoting A to B changes in B. When B has no pointer",
            "for the project yet, every object is added.",
            "--release X --release Y: two releases by SHA, rendered for --env E when given, otherwise",
            "compared as packaged (no namespace, labels or overlays).",
            "",
            "An artifact comes from the registry of the environment whose pointer names it, else from",
            "--registry, as for 'gantry serve'. Kinds that are neither built into Kubernetes nor defined",
            "by a CustomResourceDefinition in the release are taken as namespaced. The gantry.dev/release",
            "annotation, which names the release on every object, is left out of the comparison.",
            "",
            "The release that would run is confined as the controller confines it, as far as the",
            "built-in kinds tell without a cluster: an object outside the environment's namespace, a",
            "cluster-scoped kind it does not allow, or a name or label only Gantry may use is listed",
            "under 'refused', and the controller would apply nothing of that release."
        },
        footer = {
            "",
            "Examples:",
            "  gantry diff platform/hello --from staging --to production",
            "  gantry diff platform/hello --env staging \\",
            "      --release 7662d880901f6788863512c0ff90b91cd7ca8257 \\",
            "      --release 90ea00a23e80c5e5aedce14f6fbe9700863afe95",
            "  gantry diff platform/hello --from dev --to staging --output json | jq .summary",
            "",
            "Exit codes: 0 compared (whether or not the releases differ), 1 a pointer, environment or",
            "release is missing or does not render, or the controller would refuse the release, 2 usage",
            "error, 3 the registry failed."
        })
final class DiffCommand implements Callable<Integer> {

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REPOSITORY/PROJECT", description = "The project, such as platform/hello.")
    private String project;

    @Option(names = "--from", paramLabel = "ENV", converter = EnvironmentConverter.class,
            description = "The environment whose release would be promoted.")
    private String from;

    @Option(names = "--to", paramLabel = "ENV", converter = EnvironmentConverter.class,
            description = "The environment it would be promoted to.")
    private String to;

    @Option(names = "--release", paramLabel = "SHA", description = "A release to compare, given twice: old, then new.")
    private List<String> releases;

    @Option(names = "--env", paramLabel = "ENV", converter = EnvironmentConverter.class,
            description = "With --release: render both for this environment.")
    private String environment;

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "Root of the GitOps repository checkout (default: the current folder).")
    private Path repo;

    @Option(names = "--registry", paramLabel = "REGISTRY", defaultValue = "oci-layout:.gantry/registry",
            converter = RegistryConverter.ToRegistry.class,
            description = "Registry of environments that name none, HOST[:PORT][/PREFIX] or oci-layout:DIR. "
                    + "Default: ${DEFAULT-VALUE}.")
    private Registry registry;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (unified diffs and a summary) or json. Default: ${DEFAULT-VALUE}.")
    private OutputFormat output;

    @Override
    public Integer call() {
        ProjectRef ref = projectRef();
        checkOptions();
        Map<String, String> variables = GantryCommand.environment(spec);
        ReleaseDiffer differ = new ReleaseDiffer(
                target -> ArtifactStores.forRegistry(target, RegistryCredentials.forRegistry(target, variables)),
                new Fabric8ModelScopes()::scopeOf);
        DiffSides sides = new DiffSides(new CheckoutFiles(repo), registry);
        ReleaseDiff diff = releases == null
                ? differ.compare(ref, sides.current(ref, to), sides.promoted(ref, from, to))
                : differ.compare(ref, Optional.of(release(sides, ref, 0)), release(sides, ref, 1));
        DiffOutput.print(diff, output, spec.commandLine().getOut());
        return diff.refusals().isEmpty() ? ExitCode.OK : ExitCode.INVALID;
    }

    private ReleaseSide release(DiffSides sides, ProjectRef ref, int index) {
        return sides.release(ref, releases.get(index), environment);
    }

    private ProjectRef projectRef() {
        try {
            return ProjectRef.parse(project);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private void checkOptions() {
        if (!Files.isDirectory(repo)) {
            throw usage("--repo " + repo + " is not a folder");
        }
        if (releases == null) {
            if (from == null || to == null || environment != null) {
                throw usage("say what to compare: --from ENV --to ENV, or --release SHA --release SHA [--env ENV]");
            }
            return;
        }
        if (from != null || to != null || releases.size() != 2) {
            throw usage("--release takes exactly two SHAs (old, then new) and cannot be combined with --from/--to");
        }
        releases.stream().filter(sha -> !SHA.matcher(sha).matches()).findFirst().ifPresent(sha -> {
            throw usage("--release " + sha + " is not a full 40-hex lowercase commit SHA");
        });
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
