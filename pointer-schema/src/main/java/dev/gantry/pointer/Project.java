package dev.gantry.pointer;

import java.util.List;
import java.util.Map;

/**
 * How one project of a source repository is built into a release ({@code kind: Project},
 * the {@code gantry.yaml} in the project folder). See {@code docs/release-spec.md}.
 *
 * @param name the project name used in release references
 * @param images the container images to build, possibly none
 * @param manifests the folder of Kubernetes YAML, relative to the project folder
 */
public record Project(String name, List<Image> images, String manifests) {

    /** The scheme that names an image of this project in manifests: {@code gantry://web}. */
    public static final String IMAGE_SCHEME = "gantry://";

    /** Copies the list so the record stays immutable. */
    public Project {
        images = List.copyOf(images);
    }

    /**
     * One container image.
     *
     * @param name image name within the project
     * @param from base: {@code scratch}, an image reference, or {@code oci-layout:DIR[:tag]}
     * @param layers files copied into the image, one layer each
     * @param entrypoint exec-form entrypoint, possibly empty
     * @param cmd exec-form arguments, possibly empty
     * @param env environment variables, sorted by name
     * @param ports TCP ports
     * @param user user to run as, or null for the base image's
     * @param workingDirectory working directory, or null for the base image's
     */
    public record Image(String name, String from, List<Layer> layers, List<String> entrypoint, List<String> cmd,
            Map<String, String> env, List<Integer> ports, String user, String workingDirectory) {

        /** The base that means an empty image. */
        public static final String SCRATCH = "scratch";

        /** Copies the collections so the record stays immutable. */
        public Image {
            layers = List.copyOf(layers);
            entrypoint = List.copyOf(entrypoint);
            cmd = List.copyOf(cmd);
            env = Map.copyOf(env);
            ports = List.copyOf(ports);
        }
    }

    /**
     * Files copied into an image.
     *
     * @param from file or folder relative to the project folder
     * @param to absolute path in the image
     */
    public record Layer(String from, String to) {
    }
}
