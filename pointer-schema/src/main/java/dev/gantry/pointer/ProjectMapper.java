package dev.gantry.pointer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** Builds a {@link Project} from a tree that has already passed its schema. */
final class ProjectMapper {

    private ProjectMapper() {
    }

    static Project project(JsonNode root) {
        JsonNode spec = root.path("spec");
        List<Project.Image> images = new ArrayList<>();
        spec.path("images").forEach(image -> images.add(image(image)));
        return new Project(root.path("metadata").path("name").stringValue(null), images,
                spec.path("manifests").stringValue(null));
    }

    private static Project.Image image(JsonNode image) {
        List<Project.Layer> layers = new ArrayList<>();
        image.path("layers").forEach(layer -> layers.add(
                new Project.Layer(layer.path("from").stringValue(null), layer.path("to").stringValue(null))));
        Map<String, String> env = new TreeMap<>();
        image.path("env").properties().forEach(entry -> env.put(entry.getKey(), entry.getValue().stringValue()));
        List<Integer> ports = new ArrayList<>();
        image.path("ports").forEach(port -> ports.add((int) DocumentMapper.wholeNumber(port, "/spec/images/ports")));
        return new Project.Image(
                image.path("name").stringValue(null),
                image.path("from").stringValue(null),
                layers,
                strings(image.path("entrypoint")),
                strings(image.path("cmd")),
                env,
                ports,
                image.path("user").stringValue(null),
                image.path("workingDirectory").stringValue(null));
    }

    private static List<String> strings(JsonNode list) {
        List<String> strings = new ArrayList<>();
        list.forEach(item -> strings.add(item.stringValue()));
        return strings;
    }
}
