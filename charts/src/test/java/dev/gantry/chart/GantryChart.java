package dev.gantry.chart;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** charts/gantry rendered through helm-java, which runs Helm's own Go code in process. */
final class GantryChart {

    static final String RELEASE = "gantry";
    static final String NAMESPACE = "gantry-system";
    /** A Kubernetes version the chart supports; the bundled Helm assumes 1.20 otherwise. */
    static final String KUBE_VERSION = "v1.31.0";

    private GantryChart() {
    }

    /** The chart folder, from the {@code gantry.chart} system property that the module's pom sets. */
    static Path folder() {
        String folder = System.getProperty("gantry.chart");
        if (folder == null || !Files.isDirectory(Path.of(folder))) {
            throw new IllegalStateException("system property gantry.chart names no chart folder: " + folder);
        }
        return Path.of(folder);
    }

    /** Helm over the chart; aborts the test when helm-java's native library cannot load here. */
    static Helm helm() {
        try {
            Helm.version().call();
        } catch (UnsatisfiedLinkError | NoClassDefFoundError | IllegalStateException e) {
            Assumptions.abort("helm-java cannot run Helm on this machine (" + System.getProperty("os.name") + "/"
                    + System.getProperty("os.arch") + "): " + e.getMessage());
        }
        return new Helm(folder());
    }

    /** {@code helm template} with a values file from the test resources and extra {@code --set} values. */
    static RenderedChart render(String valuesResource, Map<String, Object> sets) {
        TemplateCommand template = helm().template().withName(RELEASE).withNamespace(NAMESPACE).withKubeVersion(KUBE_VERSION);
        if (valuesResource != null) {
            template.withValuesFile(resource(valuesResource));
        }
        sets.forEach(template::set);
        return RenderedChart.parse(template.call());
    }

    static Path resource(String name) {
        try {
            return Path.of(GantryChart.class.getResource("/" + name).toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource " + name, e);
        }
    }
}
