package dev.gantry.reconcile;

import dev.gantry.release.FetchedRelease;
import dev.gantry.release.ManifestExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads a fetched release's manifests layer, extracted as hostile input into a private temporary folder. */
public final class ReleaseLayer {

    private ReleaseLayer() {
    }

    /**
     * The release's manifest files by path, read from its layer as hostile input.
     *
     * @param release a fetched, verified release
     * @return each manifest file's bytes, sorted by path
     * @throws dev.gantry.release.ArchiveRefusedException when the layer breaks an extraction rule
     */
    public static SortedMap<String, byte[]> files(FetchedRelease release) {
        Path parent = null;
        try {
            parent = Files.createTempDirectory("gantry-release-");
            Path target = parent.resolve("manifests");
            SortedMap<String, byte[]> files = new TreeMap<>();
            for (String name : new ManifestExtractor().extract(new ByteArrayInputStream(release.layer()),
                    release.manifest().layer(), target)) {
                files.put(name, Files.readAllBytes(target.resolve(name)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract " + release.reference(), e);
        } finally {
            delete(parent);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }
}
