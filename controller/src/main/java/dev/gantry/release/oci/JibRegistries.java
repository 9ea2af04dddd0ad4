package dev.gantry.release.oci;

import com.google.cloud.tools.jib.api.Credential;
import com.google.cloud.tools.jib.api.CredentialRetriever;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.frontend.CredentialRetrieverFactory;
import dev.gantry.release.ArtifactRef;
import dev.gantry.release.RegistryCredentials;
import java.util.Optional;

/**
 * Jib image references with credentials: explicit ones only for the host they are bound to (a base
 * image on another registry never gets them), then the Docker config file's entry for the image's host.
 */
final class JibRegistries {

    private JibRegistries() {
    }

    /** The push target for an image repository and tag. */
    static RegistryImage image(ArtifactRef target, RegistryCredentials credentials) {
        ImageReference reference = ImageReference.of(target.registry().host(),
                target.registry().path(target.repository()), target.tag());
        return withCredentials(RegistryImage.named(reference), reference, credentials);
    }

    /** A base image from a registry. */
    static RegistryImage baseImage(String from, RegistryCredentials credentials) throws InvalidImageReferenceException {
        ImageReference reference = ImageReference.parse(from);
        return withCredentials(RegistryImage.named(reference), reference, credentials);
    }

    private static RegistryImage withCredentials(RegistryImage image, ImageReference reference,
            RegistryCredentials credentials) {
        if (credentials.appliesTo(reference.getRegistry())) {
            return image.addCredential(credentials.username(), credentials.password());
        }
        CredentialRetriever dockerConfig = CredentialRetrieverFactory.forImage(reference, event -> { }).dockerConfig();
        return image.addCredentialRetriever(() -> {
            try {
                return dockerConfig.retrieve();
            } catch (RuntimeException e) {
                return Optional.<Credential>empty();
            }
        });
    }
}
