package dev.gantry.release;

/**
 * What {@code gantry release build} was asked to build.
 *
 * @param source the source repository URL or folder
 * @param commit the full commit SHA
 * @param projectPath the project folder in the source repository, {@code .} for the root
 * @param repository the source repository's name in release references
 * @param registry where images and the release are pushed
 * @param imageRegistry the registry name written into manifests, such as {@code registry.example.com/releases}
 * @param credentials registry credentials
 */
public record BuildRequest(String source, String commit, String projectPath, String repository, Registry registry,
        String imageRegistry, RegistryCredentials credentials) {
}
