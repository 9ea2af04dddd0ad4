package dev.gantry.deploy;

import static dev.gantry.deploy.HealthStatus.HEALTHY;
import static dev.gantry.deploy.HealthStatus.PROGRESSING;

import java.util.Optional;

/** A Service is healthy once it exists; one of type {@code LoadBalancer} also needs an ingress address. */
final class ServiceHealthCheck implements HealthCheck {

    @Override
    public Health check(LiveObject live) {
        if (!"LoadBalancer".equals(live.text("spec", "type").orElse("ClusterIP"))) {
            return new Health(HEALTHY, "exists");
        }
        Optional<String> address = live.list("status", "loadBalancer", "ingress").stream()
                .flatMap(ingress -> ingress.text("ip").or(() -> ingress.text("hostname")).stream())
                .filter(text -> !text.isBlank())
                .findFirst();
        return address.map(at -> new Health(HEALTHY, "load balancer at " + at))
                .orElseGet(() -> new Health(PROGRESSING, "waiting for a load balancer address"));
    }
}
