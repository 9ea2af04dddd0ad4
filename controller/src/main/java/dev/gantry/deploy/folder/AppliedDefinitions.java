package dev.gantry.deploy.folder;

import dev.gantry.deploy.ClusterUnavailableException;
import dev.gantry.deploy.ResourceScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The CustomResourceDefinitions written to the embedded target, which serve their kinds there as a cluster would. */
final class AppliedDefinitions {

    private static final String FILE_PREFIX = "customresourcedefinition.apiextensions.k8s.io_";

    private final Path root;

    AppliedDefinitions(Path root) {
        this.root = root;
    }

    /** The scope a written definition gives a kind, or empty when none defines it. */
    Optional<ResourceScope> scopeOf(String group, String kind) {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.find(root, 3, (path, attributes) -> attributes.isRegularFile()
                && path.getFileName().toString().startsWith(FILE_PREFIX))) {
            for (Path file : files.toList()) {
                Optional<ResourceScope> scope = scopeIn(YamlFiles.read(file), group, kind);
                if (scope.isPresent()) {
                    return scope;
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new ClusterUnavailableException("cannot read the definitions in the embedded target at " + root, e);
        }
    }

    private static Optional<ResourceScope> scopeIn(Map<String, Object> definition, String group, String kind) {
        if (definition.get("spec") instanceof Map<?, ?> spec && spec.get("names") instanceof Map<?, ?> names
                && group.equals(spec.get("group")) && kind.equals(names.get("kind"))) {
            return Optional.of("Cluster".equals(spec.get("scope")) ? ResourceScope.CLUSTER : ResourceScope.NAMESPACED);
        }
        return Optional.empty();
    }
}
