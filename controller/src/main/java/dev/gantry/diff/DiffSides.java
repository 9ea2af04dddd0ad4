package dev.gantry.diff;

import dev.gantry.pointer.Environment;
import dev.gantry.pointer.ProjectRef;
import dev.gantry.pointer.ReleasePointer;
import dev.gantry.reconcile.EnvironmentRegistry;
import dev.gantry.release.ArtifactRef;
import dev.gantry.release.Registry;
import java.util.Optional;

/**
 * Builds the sides of a diff from a GitOps checkout. An artifact is fetched from the registry of
 * the environment whose pointer names it, else from the fallback registry, as {@code gantry serve}
 * does; it is rendered for the environment that would run it, with that environment's overlays.
 */
public final class DiffSides {

    private final CheckoutFiles checkout;
    private final Registry fallback;

    /**
     * Reads sides from {@code checkout}.
     *
     * @param checkout the GitOps repository's working tree
     * @param fallback the registry of environments that name none
     */
    public DiffSides(CheckoutFiles checkout, Registry fallback) {
        this.checkout = checkout;
        this.fallback = fallback;
    }

    /**
     * What an environment runs now: its pointer's release, rendered for it.
     *
     * @return the side, or empty when the project has no pointer in the environment
     */
    public Optional<ReleaseSide> current(ProjectRef project, String environment) {
        Environment target = checkout.environment(environment);
        return checkout.pointer(environment, project).map(pointer -> side(environment, project, pointer, target));
    }

    /**
     * What {@code to} would run after promoting from {@code from}: from's release, rendered for {@code to}.
     *
     * @throws GitOpsFileNotFoundException when the project has no pointer in {@code from}
     */
    public ReleaseSide promoted(ProjectRef project, String from, String to) {
        ReleasePointer pointer = checkout.pointer(from, project).orElseThrow(() -> new GitOpsFileNotFoundException(
                project + " has no pointer in environment " + from + ": nothing to promote"));
        Environment source = checkout.environment(from);
        ArtifactRef artifact = new ArtifactRef(registryOf(source), project.toString(), pointer.release(), pointer.digest());
        return ReleaseSide.inEnvironment(from, artifact, checkout.environment(to), checkout.patches(to, project));
    }

    /**
     * A release named by its SHA, rendered for an environment, or as packaged when {@code environment} is null.
     *
     * @param project the project
     * @param release the full release commit SHA
     * @param environment the environment to render for and read the registry of, or null
     */
    public ReleaseSide release(ProjectRef project, String release, String environment) {
        String label = release.substring(0, Math.min(7, release.length()));
        if (environment == null) {
            return ReleaseSide.asPackaged(label, new ArtifactRef(fallback, project.toString(), release, null));
        }
        Environment target = checkout.environment(environment);
        return ReleaseSide.inEnvironment(label, new ArtifactRef(registryOf(target), project.toString(), release, null),
                target, checkout.patches(environment, project));
    }

    private ReleaseSide side(String label, ProjectRef project, ReleasePointer pointer, Environment environment) {
        ArtifactRef artifact = new ArtifactRef(registryOf(environment), project.toString(), pointer.release(),
                pointer.digest());
        return ReleaseSide.inEnvironment(label, artifact, environment, checkout.patches(environment.name(), project));
    }

    private Registry registryOf(Environment environment) {
        return EnvironmentRegistry.of(environment, fallback);
    }
}
