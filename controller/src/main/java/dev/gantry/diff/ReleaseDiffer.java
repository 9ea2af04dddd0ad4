package dev.gantry.diff;

import dev.gantry.render.RenderException;
import dev.gantry.deploy.GantryLabels;
import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ResourceScope;
import dev.gantry.pointer.ProjectRef;
import dev.gantry.render.Confinement;
import dev.gantry.render.ManifestParser;
import dev.gantry.render.ReleaseLayer;
import dev.gantry.render.ReleaseRenderer;
import dev.gantry.render.RenderContext;
import dev.gantry.release.ArtifactStore;
import dev.gantry.release.FetchedRelease;
import dev.gantry.release.Registry;
import dev.gantry.release.ReleaseFetcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Fetches and verifies both releases of a diff, renders each as the controller would for its
 * side's environment, and compares the renderings. The {@value GantryLabels#RELEASE}
 * annotation is left out of the comparison: it names the release on every object, so it would
 * mark every object changed.
 */
public final class ReleaseDiffer {

    private final Function<Registry, ArtifactStore> stores;
    private final BiFunction<String, String, Optional<ResourceScope>> scopes;

    /**
     * Wires the differ.
     *
     * @param stores the artifact store for a registry
     * @param scopes the scope of a kind, such as the built-in kinds' scopes; a kind it does not
     *     know, and the release defines no CustomResourceDefinition for, is taken as namespaced
     */
    public ReleaseDiffer(Function<Registry, ArtifactStore> stores, BiFunction<String, String, Optional<ResourceScope>> scopes) {
        this.stores = stores;
        this.scopes = scopes;
    }

    /**
     * Compares two releases of a project.
     *
     * @param project the project
     * @param before what runs now, or empty when nothing does: every object is then added
     * @param after what would run
     * @return the releases as fetched and how their renderings differ
     * @throws dev.gantry.release.ArtifactNotFoundException when a release is not in its registry
     * @throws dev.gantry.release.RegistryUnavailableException when a registry fails
     * @throws dev.gantry.render.RenderException when a release or overlay cannot be rendered
     */
    public ReleaseDiff compare(ProjectRef project, Optional<ReleaseSide> before, ReleaseSide after) {
        Optional<Fetched> old = before.map(this::fetch);
        Fetched next = fetch(after);
        ManifestDiffer.Rendering oldRendering = old.map(side -> side.render(project))
                .orElseGet(() -> new ManifestDiffer.Rendering("none", List.of()));
        List<KubernetesObject> nextObjects = next.objects(project);
        ManifestDiff changes = new ManifestDiffer().compare(oldRendering, next.rendering(nextObjects));
        return new ReleaseDiff(project, old.map(Fetched::compared), next.compared(), changes, next.refusals(project, nextObjects));
    }

    private Fetched fetch(ReleaseSide side) {
        return new Fetched(side, new ReleaseFetcher(stores.apply(side.artifact().registry())).fetch(side.artifact()));
    }

    private Optional<ResourceScope> scopeOrNamespaced(String apiVersion, String kind) {
        return Optional.of(scopes.apply(apiVersion, kind).orElse(ResourceScope.NAMESPACED));
    }

    @SuppressWarnings("unchecked")
    private static KubernetesObject withoutRelease(KubernetesObject object) {
        if (!(object.content().get("metadata") instanceof Map<?, ?> metadata)
                || !(metadata.get("annotations") instanceof Map<?, ?> annotations)
                || !annotations.containsKey(GantryLabels.RELEASE)) {
            return object;
        }
        Map<String, Object> kept = new LinkedHashMap<>((Map<String, Object>) annotations);
        kept.remove(GantryLabels.RELEASE);
        Map<String, Object> newMetadata = new LinkedHashMap<>((Map<String, Object>) metadata);
        if (kept.isEmpty()) {
            newMetadata.remove("annotations");
        } else {
            newMetadata.put("annotations", kept);
        }
        Map<String, Object> content = new LinkedHashMap<>(object.content());
        content.put("metadata", newMetadata);
        return new KubernetesObject(object.key(), content);
    }

    /** A side and its fetched release. */
    private final class Fetched {

        private final ReleaseSide side;
        private final FetchedRelease release;

        Fetched(ReleaseSide side, FetchedRelease release) {
            this.side = side;
            this.release = release;
        }

        ComparedRelease compared() {
            return new ComparedRelease(side.label(), side.release(), release.manifestDigest());
        }

        ManifestDiffer.Rendering render(ProjectRef project) {
            return rendering(objects(project));
        }

        List<KubernetesObject> objects(ProjectRef project) {
            SortedMap<String, byte[]> files = ReleaseLayer.files(release);
            return side.environment() == null ? ManifestParser.parse(files)
                    : new ReleaseRenderer(ReleaseDiffer.this::scopeOrNamespaced).render(files, side.patches(), context(project));
        }

        ManifestDiffer.Rendering rendering(List<KubernetesObject> objects) {
            return new ManifestDiffer.Rendering(side.label(), objects.stream().map(ReleaseDiffer::withoutRelease).toList());
        }

        List<String> refusals(ProjectRef project, List<KubernetesObject> objects) {
            return side.environment() == null ? List.of() : Confinement.violations(objects, context(project));
        }

        private RenderContext context(ProjectRef project) {
            return new RenderContext(side.environment(), project, side.release());
        }
    }
}
