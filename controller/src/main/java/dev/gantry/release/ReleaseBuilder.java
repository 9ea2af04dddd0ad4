package dev.gantry.release;

import dev.gantry.pointer.DocumentReader;
import dev.gantry.pointer.Project;
import dev.gantry.source.SourceRepository;
import dev.gantry.source.SourceSnapshot;
import dev.gantry.source.UrlRedactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds one release: reads the commit, builds its images, renders and packs its manifests, and
 * publishes the artifact. Every input comes from the commit, so the same commit gives the same digests.
 */
public final class ReleaseBuilder {

    /** The project descriptor's file name, in the project folder. */
    public static final String DESCRIPTOR = "gantry.yaml";

    private final SourceRepository sources;
    private final ImageBuilder images;
    private final ReleasePublisher publisher;
    private final ManifestPacker packer;
    private final Consumer<String> progress;
    private final String toolVersion;

    /** Wires the builder; {@code progress} receives one line per step. */
    public ReleaseBuilder(SourceRepository sources, ImageBuilder images, ArtifactStore store, ManifestPacker packer,
            Consumer<String> progress, String toolVersion) {
        this.sources = sources;
        this.images = images;
        this.publisher = new ReleasePublisher(store);
        this.packer = packer;
        this.progress = progress;
        this.toolVersion = toolVersion;
    }

    /**
     * Builds and publishes the release.
     *
     * @param request what to build
     * @return the published release and what went into it
     * @throws dev.gantry.pointer.DocumentInvalidException when {@code gantry.yaml} is invalid
     * @throws ReleaseBuildException when the commit cannot be built as described
     * @throws ReleaseConflictException when the tag exists with another digest
     */
    public BuildResult build(BuildRequest request) {
        Map<String, Duration> timings = new LinkedHashMap<>();
        Phase phase = new Phase(timings);
        progress.accept("reading " + request.commit() + " of " + UrlRedactor.redact(request.source()));
        try (SourceSnapshot snapshot = sources.snapshot(request.source(), request.commit());
                Workspace workspace = Workspace.create()) {
            String folder = normalise(request.projectPath());
            Project project = readDescriptor(snapshot, folder);
            snapshot.export(folder, workspace.path());
            phase.end("checkout");
            List<BuiltImage> built = buildImages(request, project, snapshot, workspace.path());
            phase.end("images");
            SortedMap<String, byte[]> rendered = new ManifestRenderer().render(workspace.path().resolve(project.manifests()),
                    prefixed(folder, project.manifests()), byName(built));
            byte[] layer = packer.pack(rendered);
            phase.end("render");
            progress.accept("publishing " + rendered.size() + " manifest files (" + layer.length + " bytes packed)");
            PublishedRelease release = publish(request, project, snapshot, built, layer);
            phase.end("publish");
            return new BuildResult(release, built, rendered.size(), layer.length, timings);
        }
    }

    private Project readDescriptor(SourceSnapshot snapshot, String folder) {
        String path = prefixed(folder, DESCRIPTOR);
        byte[] content = snapshot.read(path).orElseThrow(() -> new ReleaseBuildException(
                "no " + DESCRIPTOR + " at " + path + " in commit " + snapshot.commit()));
        Project project = new DocumentReader().readProject(path, content).value();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Project.Image image : project.images()) {
            if (!names.add(image.name())) {
                throw new ReleaseBuildException(path + ": image name '" + image.name() + "' is used twice");
            }
        }
        return project;
    }

    private List<BuiltImage> buildImages(BuildRequest request, Project project, SourceSnapshot snapshot, Path context) {
        List<BuiltImage> built = new ArrayList<>();
        for (Project.Image image : project.images()) {
            String repository = request.repository() + "/" + project.name() + "/" + image.name();
            progress.accept("building image " + image.name() + " (" + (built.size() + 1) + "/" + project.images().size() + ")");
            built.add(images.build(new ImageBuildRequest(image, context,
                    new ArtifactRef(request.registry(), repository, snapshot.commit(), null),
                    request.imageRegistry() + "/" + repository, snapshot.commitTime(), request.credentials())));
        }
        return built;
    }

    private PublishedRelease publish(BuildRequest request, Project project, SourceSnapshot snapshot,
            List<BuiltImage> built, byte[] layer) {
        String source = snapshot.sourceUrl().orElse(null);
        ReleaseConfig config = new ReleaseConfig(request.repository(), project.name(), snapshot.commit(), source, built,
                "gantry", toolVersion, snapshot.commitTime());
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put(ReleaseManifest.REVISION, snapshot.commit());
        annotations.put(ReleaseManifest.CREATED, snapshot.commitTime().toString());
        annotations.put(ReleaseManifest.TITLE, request.repository() + "/" + project.name());
        if (source != null) {
            annotations.put(ReleaseManifest.SOURCE, source);
        }
        ArtifactRef tag = new ArtifactRef(request.registry(), request.repository() + "/" + project.name(),
                snapshot.commit(), null);
        return publisher.publish(tag, config.toJson(), layer, annotations);
    }

    private static Map<String, BuiltImage> byName(List<BuiltImage> built) {
        Map<String, BuiltImage> images = new LinkedHashMap<>();
        built.forEach(image -> images.put(image.name(), image));
        return images;
    }

    private static String normalise(String projectPath) {
        String trimmed = projectPath.replaceAll("^\\./", "").replaceAll("/+$", "");
        if (trimmed.startsWith("/") || trimmed.contains("..")) {
            throw new ReleaseBuildException("--project must be a folder inside the repository, not '" + projectPath + "'");
        }
        return trimmed.equals(".") ? "" : trimmed;
    }

    private static String prefixed(String folder, String path) {
        return folder.isEmpty() ? path : folder + "/" + path;
    }

    /** Measures consecutive phases. */
    private static final class Phase {
        private final Map<String, Duration> timings;
        private long start = System.nanoTime();

        Phase(Map<String, Duration> timings) {
            this.timings = timings;
        }

        void end(String name) {
            long now = System.nanoTime();
            timings.put(name, Duration.ofNanos(now - start));
            start = now;
        }
    }

    /** A private temporary folder, deleted with everything in it. */
    private record Workspace(Path path) implements AutoCloseable {

        static Workspace create() {
            try {
                return new Workspace(Files.createTempDirectory("gantry-build-"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary build folder", e);
            }
        }

        @Override
        public void close() {
            try (Stream<Path> paths = Files.walk(path)) {
                for (Path file : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the temporary build folder " + path, e);
            }
        }
    }
}
