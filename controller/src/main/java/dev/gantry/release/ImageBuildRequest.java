package dev.gantry.release;

import dev.gantry.pointer.Project;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One image to build.
 *
 * @param image the image's descriptor
 * @param context the exported project folder that layer sources are relative to
 * @param target the image repository and tag to push to
 * @param pullRepository the repository clusters pull the image from, written into manifests
 * @param created the image's creation time: the commit's time
 * @param credentials registry credentials, or {@link RegistryCredentials#NONE}
 */
public record ImageBuildRequest(Project.Image image, Path context, ArtifactRef target, String pullRepository, Instant created,
        RegistryCredentials credentials) {
}
