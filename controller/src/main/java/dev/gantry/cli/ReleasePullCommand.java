package dev.gantry.cli;

import dev.gantry.release.FetchedRelease;
import dev.gantry.release.ManifestExtractor;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gantry release pull}: writes a release's rendered manifests into a folder, as hostile input. */
@Command(
        name = "pull",
        mixinStandardHelpOptions = true,
        versionProvider = GantryVersion.class,
        description = {
            "Write a release's rendered Kubernetes manifests into DIR. The manifest digest is verified",
            "when REF carries @sha256:..., and every blob digest always. The layer is treated as hostile:",
            "absolute paths, '..', links, devices, non-YAML files, more than 10,000 entries, a file over",
            "16 MiB or more than 100 MiB in all are refused, naming the entry. Nothing is ever written",
            "outside DIR, and on failure DIR is left as it was (if it did not exist, it still does not)."
        },
        footer = {
            "",
            "DIR must not exist, or be empty.",
            "Exit codes: 0 written, 1 missing, does not verify or refused, 2 usage error, 3 the registry failed."
        })
final class ReleasePullCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ReleaseReference reference;

    @Option(names = "--into", required = true, paramLabel = "DIR", description = "Where to write the manifests.")
    private Path into;

    @Override
    public Integer call() {
        FetchedRelease release = reference.fetch(GantryCommand.environment(spec));
        List<String> files = new ManifestExtractor().extract(new ByteArrayInputStream(release.layer()),
                release.manifest().layer(), into);
        spec.commandLine().getErr().println("wrote " + files.size() + " manifest files of " + release.reference()
                + " into " + into);
        files.forEach(spec.commandLine().getOut()::println);
        return ExitCode.OK;
    }
}
