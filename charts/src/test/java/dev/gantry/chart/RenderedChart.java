package dev.gantry.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The objects {@code helm template} rendered, parsed from its multi-document YAML. */
record RenderedChart(List<RenderedObject> objects) {

    @SuppressWarnings("unchecked")
    static RenderedChart parse(String yaml) {
        List<RenderedObject> objects = new ArrayList<>();
        for (Object document : new Load(LoadSettings.builder().build()).loadAllFromString(yaml)) {
            if (document != null) {
                objects.add(new RenderedObject((Map<String, Object>) document));
            }
        }
        return new RenderedChart(objects);
    }

    List<RenderedObject> ofKind(String kind) {
        return objects.stream().filter(object -> kind.equals(object.kind())).toList();
    }

    List<String> kinds() {
        return objects.stream().map(RenderedObject::kind).distinct().sorted().toList();
    }

    RenderedObject one(String kind, String name) {
        return objects.stream().filter(object -> kind.equals(object.kind()) && name.equals(object.name())).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no " + kind + " " + name + " among " + objects));
    }

    RenderedObject deployment() {
        List<RenderedObject> deployments = ofKind("Deployment");
        if (deployments.size() != 1) {
            throw new IllegalStateException("expected one Deployment, got " + deployments);
        }
        return deployments.get(0);
    }
}
