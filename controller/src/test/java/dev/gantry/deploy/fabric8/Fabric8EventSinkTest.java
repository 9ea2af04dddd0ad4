package dev.gantry.deploy.fabric8;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.deploy.ClusterEvent;
import dev.gantry.deploy.ObjectKey;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events on Fabric8's mock server in CRUD mode (events are plain creates). */
@EnableKubernetesMockClient(crud = true)
class Fabric8EventSinkTest {

    KubernetesClient client;

    @Test
    void writesAWarningEventAboutTheInvolvedObject() {
        ObjectKey inventory = new ObjectKey("v1", "ConfigMap", "hello-dev", "gantry-inventory.dev.platform.hello");
        Fabric8EventSink sink = new Fabric8EventSink(client,
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

        sink.emit(new ClusterEvent(inventory, ClusterEvent.Type.WARNING, "ReleaseRefused", "platform/hello: refused"));

        List<Event> events = client.v1().events().inNamespace("hello-dev").list().getItems();
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getType()).isEqualTo("Warning");
            assertThat(event.getReason()).isEqualTo("ReleaseRefused");
            assertThat(event.getMessage()).isEqualTo("platform/hello: refused");
            assertThat(event.getInvolvedObject().getKind()).isEqualTo("ConfigMap");
            assertThat(event.getInvolvedObject().getName()).isEqualTo("gantry-inventory.dev.platform.hello");
            assertThat(event.getSource().getComponent()).isEqualTo("gantry");
            assertThat(event.getFirstTimestamp()).isEqualTo("2026-01-01T00:00:00Z");
        });
    }
}
