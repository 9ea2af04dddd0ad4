package dev.gantry.release.oci;

import dev.gantry.release.ArtifactRef;
import dev.gantry.release.Registry;
import dev.gantry.release.RegistryCredentials;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Pushes the image in a Jib OCI tarball to a registry, blobs and manifest byte for byte, so the
 * registry holds exactly the digest the tar build wrote; {@code mvn -Pimage -Dimage.push} runs it
 * after the controller image's tar build (ADR 0011).
 */
public final class JibTarballPush {

    private static final String USAGE = "usage: JibTarballPush TARBALL HOST[:PORT]/REPOSITORY:TAG DIGEST_FILE INSECURE";

    private JibTarballPush() {
    }

    /** Pushes, then exits 0, 2 on a usage error, 1 on bad input, 3 when the registry fails. */
    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /**
     * Pushes the tarball and writes the digest file; prints {@code REFERENCE@DIGEST} on success and
     * one line saying what failed otherwise.
     *
     * @param args the tarball, the image reference, the digest file and {@code true} to allow plain
     *     HTTP off loopback
     * @param environment where credentials come from: {@code GANTRY_REGISTRY_USERNAME} and
     *     {@code GANTRY_REGISTRY_PASSWORD} for the host {@code GANTRY_REGISTRY_HOST} names, else the Docker config file
     * @param out receives the pushed reference
     * @param err receives the failure
     * @return the exit code
     */
    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        if (args.length != 4) {
            err.println(USAGE);
            return 2;
        }
        Path tarball = Path.of(args[0]);
        if (!Files.isRegularFile(tarball)) {
            err.println("cannot push " + args[1] + ": no image tarball " + tarball + "; build it with mvn -Pimage package");
            return 1;
        }
        try {
            ArtifactRef pushed = push(tarball, target(args[1], Boolean.parseBoolean(args[3])), environment);
            Files.writeString(Path.of(args[2]), pushed.digest());
            out.println("pushed " + pushed);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("cannot push " + args[1] + ": " + e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("cannot push " + args[1] + ": " + e.getMessage());
            return 3;
        }
    }

    private static ArtifactRef target(String image, boolean insecure) {
        ArtifactRef target = ArtifactRef.parse(image);
        if (target.registry().isLayout() || target.tag() == null || target.digest() != null) {
            throw new IllegalArgumentException("expected HOST[:PORT]/REPOSITORY:TAG");
        }
        Registry registry = insecure ? target.registry().withPlainHttp() : target.registry();
        return new ArtifactRef(registry, target.repository(), target.tag(), null);
    }

    private static ArtifactRef push(Path tarball, ArtifactRef target, Map<String, String> environment) throws IOException {
        RegistryCredentials credentials = RegistryCredentials.forRegistry(target.registry(), environment);
        String digest = new OciTarballImporter(ArtifactStores.forRegistry(target.registry(), credentials))
                .importInto(tarball, target);
        return target.withDigest(digest);
    }
}
