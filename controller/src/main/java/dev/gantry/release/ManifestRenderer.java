package dev.gantry.release;

import dev.gantry.manifest.ManifestInvalidException;
import dev.gantry.manifest.ManifestYaml;
import dev.gantry.pointer.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Renders a project's manifests for its release: every {@code gantry://NAME} becomes the image's
 * digest-pinned reference; every other byte is kept. Files must be YAML that {@link ManifestYaml}
 * accepts within its default limits, the same parser the controller renders with, so a release
 * the controller would refuse for its size, nesting, aliases or documents is never published.
 */
public final class ManifestRenderer {

    private static final Pattern IMAGE = Pattern.compile(Pattern.quote(Project.IMAGE_SCHEME) + "([a-z0-9]([-a-z0-9]*[a-z0-9])?)");

    /**
     * Renders the manifests folder.
     *
     * @param folder the exported manifests folder
     * @param label how to name the folder in errors, such as {@code hello/deploy/}
     * @param images the built images by name
     * @return relative path to rendered bytes, sorted
     * @throws ReleaseBuildException when the folder is missing or empty, a file is not YAML or passes a limit of
     *     {@link ManifestYaml}, or names an unknown image; the message names the file
     */
    public SortedMap<String, byte[]> render(Path folder, String label, Map<String, BuiltImage> images) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new ReleaseBuildException("manifests folder " + label + " does not exist at this commit");
        }
        ManifestYaml yaml = new ManifestYaml();
        SortedMap<String, byte[]> rendered = new TreeMap<>();
        for (Path file : files(folder)) {
            String name = folder.relativize(file).toString().replace('\\', '/');
            byte[] content = renderFile(file, label + name, images, yaml.limits().maxFileBytes());
            check(yaml, label + name, content);
            rendered.put(name, content);
        }
        if (rendered.isEmpty()) {
            throw new ReleaseBuildException("manifests folder " + label + " has no .yaml or .yml files");
        }
        return rendered;
    }

    private static byte[] renderFile(Path file, String label, Map<String, BuiltImage> images, int maxBytes) {
        String text;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ReleaseBuildException(label + ":1:1: file is " + size + " bytes; the limit is " + maxBytes + " bytes");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReleaseBuildException(label + " cannot be read as UTF-8 text: " + e.getMessage());
        }
        Matcher matcher = IMAGE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            BuiltImage image = images.get(matcher.group(1));
            if (image == null) {
                throw new ReleaseBuildException(label + ": " + matcher.group() + " names no image of this project; images: "
                        + String.join(", ", new TreeMap<>(images).keySet()));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(image.pinnedReference()));
        }
        matcher.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void check(ManifestYaml yaml, String label, byte[] content) {
        try {
            yaml.documents(label, content);
        } catch (ManifestInvalidException e) {
            throw new ReleaseBuildException(e.getMessage());
        }
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .filter(path -> path.toString().endsWith(".yaml") || path.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ReleaseBuildException("cannot list the manifests folder: " + e.getMessage());
        }
    }
}
