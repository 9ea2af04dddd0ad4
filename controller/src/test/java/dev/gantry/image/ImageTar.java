package dev.gantry.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An OCI image layout in a tar, as {@code jib:buildTar} writes it with format OCI: blobs by digest, index, manifest, config. */
final class ImageTar {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, byte[]> files;

    private ImageTar(Map<String, byte[]> files) {
        this.files = files;
    }

    static ImageTar read(Path tar) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(Files.newInputStream(tar))) {
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isFile()) {
                    files.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return new ImageTar(files);
    }

    /** The digest of the manifest that index.json names, computed from the manifest's bytes. */
    String manifestDigest() {
        String named = index().path("manifests").path(0).path("digest").asString();
        String computed = "sha256:" + sha256(blob(named));
        if (!computed.equals(named)) {
            throw new IllegalStateException("index.json names manifest " + named + " but its bytes hash to " + computed);
        }
        return computed;
    }

    /** The image configuration's {@code config} section: User, Entrypoint, Cmd, Env, WorkingDir. */
    JsonNode config() {
        String digest = JSON.readTree(blob(manifestDigest())).path("config").path("digest").asString();
        return JSON.readTree(blob(digest)).path("config");
    }

    /** The layers' digests, base first. */
    List<String> layers() {
        JsonNode layers = JSON.readTree(blob(manifestDigest())).path("layers");
        return layers.valueStream().map(layer -> layer.path("digest").asString()).toList();
    }

    /** Unpacks every layer into {@code root}, keeping each file's mode. */
    void unpack(Path root) throws IOException {
        for (String layer : layers()) {
            try (InputStream in = new TarArchiveInputStream(new GzipCompressorInputStream(
                    new java.io.ByteArrayInputStream(blob(layer))))) {
                unpackLayer((TarArchiveInputStream) in, root);
            }
        }
    }

    private static void unpackLayer(TarArchiveInputStream in, Path root) throws IOException {
        for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
            Path target = root.resolve(entry.getName()).normalize();
            if (!target.startsWith(root)) {
                throw new IOException("layer entry escapes the root: " + entry.getName());
            }
            if (entry.isDirectory()) {
                Files.createDirectories(target);
            } else {
                Files.createDirectories(target.getParent());
                Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Files.setPosixFilePermissions(target, permissions(entry.getMode()));
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values();
        for (int bit = 0; bit < 9; bit++) {
            if ((mode & (1 << (8 - bit))) != 0) {
                permissions.add(bits[bit]);
            }
        }
        return permissions;
    }

    private JsonNode index() {
        return JSON.readTree(file("index.json"));
    }

    private byte[] blob(String digest) {
        return file("blobs/" + digest.replace(':', '/'));
    }

    private byte[] file(String name) {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            throw new IllegalStateException("the image tar has no " + name);
        }
        return bytes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
