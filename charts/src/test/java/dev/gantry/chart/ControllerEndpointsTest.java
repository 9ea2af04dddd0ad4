package dev.gantry.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The endpoints the chart's probes and ServiceMonitor call are the ones the controller's application.yaml exposes. */
class ControllerEndpointsTest {

    @Test
    void controllerServesTheProbeGroupsAndPrometheusOnTheChartsPort() throws IOException {
        RenderedObject config = new RenderedObject(controllerConfig());

        assertThat(config.at("management.endpoint.health.probes.enabled")).isEqualTo(true);
        assertThat((String) config.at("management.endpoints.web.exposure.include")).contains("health").contains("prometheus");
        assertThat(config.at("management.server.port")).as("Actuator on the main port, where the probes call").isNull();
        assertThat(config.at("server.port")).isEqualTo(8080);
    }

    @SuppressWarnings("unchecked")
    private static java.util.Map<String, Object> controllerConfig() throws IOException {
        Path file = Path.of(System.getProperty("gantry.controllerConfig", "../controller/src/main/resources/application.yaml"));
        return (java.util.Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
    }
}
