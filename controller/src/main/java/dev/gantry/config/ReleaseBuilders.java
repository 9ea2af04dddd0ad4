package dev.gantry.config;

import dev.gantry.release.ArtifactStore;
import dev.gantry.release.ManifestArchive;
import dev.gantry.release.ReleaseBuilder;
import dev.gantry.release.oci.JibImageBuilder;
import dev.gantry.source.jgit.JGitSourceRepository;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Wires a release builder from its adapters, the same way for the CLI and the controller. */
public final class ReleaseBuilders {

    private ReleaseBuilders() {
    }

    /**
     * A builder that keeps source mirrors and Jib's cache under {@code cache} and publishes into {@code store}.
     *
     * @param cache the cache root ({@code sources/} and {@code jib/} below it)
     * @param store where the release and, for layouts, its images go
     * @param progress receives one line per step
     */
    public static ReleaseBuilder create(Path cache, ArtifactStore store, Consumer<String> progress) {
        return new ReleaseBuilder(new JGitSourceRepository(cache.resolve("sources")),
                new JibImageBuilder(cache.resolve("jib"), store, progress, BuildInfo.version()),
                store, files -> ManifestArchive.pack(files).bytes(), progress, BuildInfo.version());
    }
}
