package dev.gantry.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.deploy.fabric8.RequestRateLimit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code gantry.kube.*} binds as Spring reads it, and its defaults are the adapter's. */
class KubeSettingsTest {

    @Test
    void defaultsToTheAdaptersRateLimit() {
        GantryProperties.Kube kube = bind(Map.of("gantry.repo", "file:///gitops")).kube();

        assertThat(new RequestRateLimit(kube.qps(), kube.burst())).isEqualTo(RequestRateLimit.DEFAULT);
    }

    @Test
    void takesAFractionalRateAndABurst() {
        GantryProperties.Kube kube = bind(Map.of("gantry.kube.qps", "2.5", "gantry.kube.burst", "7")).kube();

        assertThat(kube).isEqualTo(new GantryProperties.Kube(2.5, 7));
    }

    private static GantryProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("gantry", GantryProperties.class);
    }
}
