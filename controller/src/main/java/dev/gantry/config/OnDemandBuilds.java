package dev.gantry.config;

import dev.gantry.reconcile.MissingRelease;
import dev.gantry.reconcile.OnDemandBuild;
import dev.gantry.release.Registry;
import dev.gantry.release.RegistryCredentials;
import dev.gantry.release.oci.ArtifactStores;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds missing releases on demand for the repositories whose source is configured; none configured, none built. */
final class OnDemandBuilds {

    private static final Logger LOG = LoggerFactory.getLogger(OnDemandBuilds.class);

    private OnDemandBuilds() {
    }

    static MissingRelease from(GantryProperties properties, Function<Registry, RegistryCredentials> credentials) {
        if (properties.sources().isEmpty()) {
            return MissingRelease.FAIL;
        }
        Map<String, OnDemandBuild.Source> sources = new HashMap<>();
        properties.sources().forEach((repository, source) -> sources.put(repository,
                new OnDemandBuild.Source(source.url(), source.projectPath(), source.imageRegistry())));
        Path cache = properties.cache();
        return new OnDemandBuild(registry -> ReleaseBuilders.create(cache, ArtifactStores.forRegistry(registry, credentials.apply(registry)),
                LOG::info), sources, credentials);
    }
}
