package dev.gantry.reconcile;

import dev.gantry.release.BuildRequest;
import dev.gantry.release.Registry;
import dev.gantry.release.RegistryCredentials;
import dev.gantry.release.ReleaseBuilder;
import dev.gantry.source.UrlRedactor;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a missing release from its source repository, when the controller knows the source of
 * the pointer's repository: {@code gantry.sources.<repository>.url}, with the project folder
 * given by a template such as {@code {project}}.
 */
public final class OnDemandBuild implements MissingRelease {

    private static final Logger LOG = LoggerFactory.getLogger(OnDemandBuild.class);

    private final Function<Registry, ReleaseBuilder> builders;
    private final Map<String, Source> sources;
    private final Function<Registry, RegistryCredentials> credentials;

    /**
     * Creates the builder.
     *
     * @param builders a release builder publishing into a registry
     * @param sources source repository by repository name
     * @param credentials the credentials bound to one registry's host, for the build
     */
    public OnDemandBuild(Function<Registry, ReleaseBuilder> builders, Map<String, Source> sources,
            Function<Registry, RegistryCredentials> credentials) {
        this.builders = builders;
        this.sources = Map.copyOf(sources);
        this.credentials = credentials;
    }

    @Override
    public boolean build(ProjectTarget target) {
        Source source = sources.get(target.project().repository());
        if (source == null) {
            return false;
        }
        String folder = source.projectPath().replace("{project}", target.project().project())
                .replace("{repository}", target.project().repository());
        LOG.info("release {} of {} is missing; building it from {}", target.pointer().shortRelease(), target.project(),
                UrlRedactor.redact(source.url()));
        builders.apply(target.registry()).build(new BuildRequest(source.url(), target.pointer().release(), folder, target.project().repository(),
                target.registry(), source.imageRegistry(target.registry()), credentials.apply(target.registry())));
        return true;
    }

    /**
     * Where one repository's projects are built from.
     *
     * @param url the clone URL or folder
     * @param projectPath the project folder template, such as {@code {project}} or {@code services/{project}}
     * @param imageRegistry the registry name written into manifests, or null for the release registry's
     */
    public record Source(String url, String projectPath, String imageRegistry) {

        /** The image registry name to write into manifests for a release registry. */
        String imageRegistry(Registry registry) {
            return imageRegistry != null && !imageRegistry.isBlank() ? imageRegistry : registry.defaultImageRegistry();
        }
    }
}
