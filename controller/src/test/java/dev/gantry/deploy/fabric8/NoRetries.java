package dev.gantry.deploy.fabric8;

import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.util.function.Consumer;

/** Makes a mock server's client give up after the first failed request, so a test sees each answer once. */
public final class NoRetries implements Consumer<KubernetesClientBuilder> {

    @Override
    public void accept(KubernetesClientBuilder builder) {
        builder.editOrNewConfig().withRequestRetryBackoffLimit(0).endConfig();
    }
}
