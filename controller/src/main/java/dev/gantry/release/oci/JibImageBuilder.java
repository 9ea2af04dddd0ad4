package dev.gantry.release.oci;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.RegistryException;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Port;
import dev.gantry.pointer.Project;
import dev.gantry.release.ArtifactRef;
import dev.gantry.release.ArtifactStore;
import dev.gantry.release.BuiltImage;
import dev.gantry.release.ReleaseBuildException;
import dev.gantry.release.ImageBuildRequest;
import dev.gantry.release.ImageBuilder;
import dev.gantry.release.RegistryUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Builds images with Jib Core, without a Docker daemon: straight to a registry, or for an OCI
 * layout to an OCI tarball that is then copied into the layout byte for byte.
 */
public final class JibImageBuilder implements ImageBuilder {

    private static final String SEND_CREDENTIALS_OVER_HTTP = "sendCredentialsOverHttp";

    private final Path cache;
    private final ArtifactStore layoutStore;
    private final Consumer<String> progress;
    private final String toolVersion;

    /**
     * Creates the builder.
     *
     * @param cache Jib's layer cache folder
     * @param layoutStore where images for {@code oci-layout:} targets are written
     * @param progress receives one line per step
     * @param toolVersion Gantry's version, recorded by Jib
     */
    public JibImageBuilder(Path cache, ArtifactStore layoutStore, Consumer<String> progress, String toolVersion) {
        this.cache = cache;
        this.layoutStore = layoutStore;
        this.progress = progress;
        this.toolVersion = toolVersion;
    }

    @Override
    public BuiltImage build(ImageBuildRequest request) {
        Path baseTarball = null;
        try {
            if (request.image().from().startsWith("oci-layout:")) {
                Files.createDirectories(cache);
                baseTarball = Files.createTempFile(cache, "base-", ".tar");
                OciLayoutBaseImage.writeDockerTar(request.image().from(), baseTarball);
            }
            return build(request, baseTarball);
        } catch (IOException e) {
            throw new RegistryUnavailableException("cannot prepare the base image of " + request.target() + " under "
                    + cache, e);
        } finally {
            deleteQuietly(baseTarball);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a leftover temporary base tarball in the cache is harmless
        }
    }

    private BuiltImage build(ImageBuildRequest request, Path baseTarball) {
        JibContainerBuilder container = JibLayers.addTo(base(request, baseTarball), request.image(), request.context())
                .setFormat(ImageFormat.OCI)
                .setCreationTime(request.created());
        configure(container, request.image());
        ArtifactRef target = request.target();
        try {
            if (target.registry().isLayout()) {
                return buildIntoLayout(container, request);
            }
            JibContainer built = container.containerize(containerizer(
                    Containerizer.to(JibRegistries.image(target, request.credentials())), target));
            return new BuiltImage(request.image().name(), request.pullRepository(), built.getDigest().toString());
        } catch (RegistryException | ExecutionException | IOException | RuntimeException e) {
            throw failure(target, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException("interrupted while building " + target, e);
        } catch (com.google.cloud.tools.jib.api.CacheDirectoryCreationException e) {
            throw new RegistryUnavailableException("cannot create Jib's cache under " + cache, e);
        }
    }

    private BuiltImage buildIntoLayout(JibContainerBuilder container, ImageBuildRequest request)
            throws IOException, InterruptedException, ExecutionException, RegistryException,
            com.google.cloud.tools.jib.api.CacheDirectoryCreationException {
        Files.createDirectories(cache);
        Path tarball = Files.createTempFile(cache, "image-", ".tar");
        try {
            TarImage tar = TarImage.at(tarball).named("gantry.local/" + request.target().repository() + ":" + request.target().tag());
            JibContainer built = container.containerize(containerizer(Containerizer.to(tar), request.target()));
            String digest = new OciTarballImporter(layoutStore).importInto(tarball, request.target());
            if (!digest.equals(built.getDigest().toString())) {
                throw new RegistryUnavailableException("Jib reported " + built.getDigest() + " but the tarball holds "
                        + digest + " for " + request.target(), null);
            }
            return new BuiltImage(request.image().name(), request.pullRepository(), digest);
        } catch (InvalidImageReferenceException e) {
            throw new ReleaseBuildException("cannot name the image " + request.target() + ": " + e.getMessage());
        } finally {
            Files.deleteIfExists(tarball);
        }
    }

    private Containerizer containerizer(Containerizer containerizer, ArtifactRef target) {
        if (target.registry().allowsPlainHttp()) {
            // Jib sends credentials over plain HTTP only when told to: loopback, or --insecure.
            System.setProperty(SEND_CREDENTIALS_OVER_HTTP, "true");
        }
        return containerizer
                .setAllowInsecureRegistries(target.registry().isLayout() || target.registry().allowsPlainHttp())
                .setBaseImageLayersCache(cache.resolve("base"))
                .setApplicationLayersCache(cache.resolve("application"))
                .setToolName("gantry")
                .setToolVersion(toolVersion)
                .addEventHandler(com.google.cloud.tools.jib.api.LogEvent.class, event -> {
                    if (event.getLevel() == com.google.cloud.tools.jib.api.LogEvent.Level.LIFECYCLE) {
                        progress.accept("  " + event.getMessage());
                    }
                });
    }

    private static JibContainerBuilder base(ImageBuildRequest request, Path baseTarball) {
        String from = request.image().from();
        if (from.equals(Project.Image.SCRATCH)) {
            return Jib.fromScratch();
        }
        if (baseTarball != null) {
            return Jib.from(TarImage.at(baseTarball));
        }
        try {
            return Jib.from(JibRegistries.baseImage(from, request.credentials()));
        } catch (InvalidImageReferenceException e) {
            throw new ReleaseBuildException("image " + request.image().name() + ": '" + from + "' is not an image reference");
        }
    }

    private static void configure(JibContainerBuilder container, Project.Image image) {
        if (!image.entrypoint().isEmpty()) {
            container.setEntrypoint(image.entrypoint());
        }
        if (!image.cmd().isEmpty()) {
            container.setProgramArguments(image.cmd());
        }
        container.setEnvironment(image.env());
        Set<Port> ports = new LinkedHashSet<>();
        image.ports().forEach(port -> ports.add(Port.tcp(port)));
        container.setExposedPorts(ports);
        if (image.user() != null) {
            container.setUser(image.user());
        }
        if (image.workingDirectory() != null) {
            container.setWorkingDirectory(AbsoluteUnixPath.get(image.workingDirectory()));
        }
    }

    private static RuntimeException failure(ArtifactRef target, Exception e) {
        if (e instanceof ReleaseBuildException || e instanceof RegistryUnavailableException) {
            return (RuntimeException) e;
        }
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return new RegistryUnavailableException("cannot build or push " + target + ": " + cause.getMessage(), cause);
    }
}
