package dev.gantry.deploy.fabric8;

import dev.gantry.deploy.ClusterEvent;
import dev.gantry.deploy.ClusterUnavailableException;
import dev.gantry.deploy.EventSink;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Writes core/v1 Events with Fabric8, reported by component {@code gantry}. */
public final class Fabric8EventSink implements EventSink {

    private final KubernetesClient client;
    private final Clock clock;

    /** Emits through the given client. */
    public Fabric8EventSink(KubernetesClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    @Override
    public void emit(ClusterEvent event) {
        String namespace = event.involved().namespace() == null ? "default" : event.involved().namespace();
        String now = Instant.now(clock).toString();
        Event kubernetesEvent = new EventBuilder()
                .withNewMetadata()
                    .withNamespace(namespace)
                    .withName(event.involved().name() + "." + UUID.randomUUID().toString().substring(0, 13))
                .endMetadata()
                .withNewInvolvedObject()
                    .withApiVersion(event.involved().apiVersion())
                    .withKind(event.involved().kind())
                    .withNamespace(event.involved().namespace())
                    .withName(event.involved().name())
                .endInvolvedObject()
                .withType(event.type() == ClusterEvent.Type.WARNING ? "Warning" : "Normal")
                .withReason(event.reason())
                .withMessage(event.message().length() > 1024 ? event.message().substring(0, 1024) : event.message())
                .withNewSource().withComponent("gantry").endSource()
                .withReportingComponent("gantry")
                .withFirstTimestamp(now)
                .withLastTimestamp(now)
                .withCount(1)
                .build();
        try {
            client.v1().events().inNamespace(namespace).resource(kubernetesEvent).create();
        } catch (KubernetesClientException e) {
            throw new ClusterUnavailableException("cannot record event " + event.reason() + " for " + event.involved()
                    + " (HTTP " + e.getCode() + ")", e);
        }
    }
}
