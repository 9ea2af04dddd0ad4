package dev.gantry.release.oci;

import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import dev.gantry.pointer.Project;
import dev.gantry.release.ReleaseBuildException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Turns a descriptor's layers into Jib layers with normalised permissions and Jib's fixed timestamps. */
final class JibLayers {

    private static final FilePermissions EXECUTABLE = FilePermissions.fromOctalString("755");
    private static final FilePermissions REGULAR = FilePermissions.fromOctalString("644");

    private JibLayers() {
    }

    /** Adds each layer of the image to the container, in order. */
    static JibContainerBuilder addTo(JibContainerBuilder container, Project.Image image, Path context) {
        for (Project.Layer layer : image.layers()) {
            container.addFileEntriesLayer(layer(image, layer, context));
        }
        return container;
    }

    private static FileEntriesLayer layer(Project.Image image, Project.Layer layer, Path context) {
        Path source = context.resolve(layer.from()).normalize();
        if (!source.startsWith(context) || !Files.exists(source)) {
            throw new ReleaseBuildException("image " + image.name() + ": layer source '" + layer.from()
                    + "' does not exist in the project folder at this commit");
        }
        FileEntriesLayer.Builder builder = FileEntriesLayer.builder().setName(layer.from());
        try {
            if (Files.isDirectory(source)) {
                builder.addEntryRecursive(source, AbsoluteUnixPath.get(stripSlash(layer.to())),
                        (file, inImage) -> permissions(file));
            } else {
                String target = layer.to().endsWith("/") ? layer.to() + source.getFileName() : layer.to();
                builder.addEntry(source, AbsoluteUnixPath.get(target), permissions(source));
            }
        } catch (IOException e) {
            throw new ReleaseBuildException("image " + image.name() + ": cannot read layer source '" + layer.from()
                    + "': " + e.getMessage());
        }
        return builder.build();
    }

    private static FilePermissions permissions(Path file) {
        return Files.isDirectory(file) || Files.isExecutable(file) ? EXECUTABLE : REGULAR;
    }

    private static String stripSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
