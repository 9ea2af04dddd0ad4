package dev.gantry.deploy.fabric8;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.deploy.ApplyRejectedException;
import dev.gantry.deploy.ClusterUnavailableException;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.failure.Disposition;
import dev.gantry.failure.Dispositions;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiFailuresTest {

    private static final ObjectKey WEB = new ObjectKey("apps/v1", "Deployment", "ns", "web");

    @ParameterizedTest(name = "HTTP {0} is {1}, {2}")
    @CsvSource({
        "400, ApplyRejectedException, REFUSED",
        "413, ApplyRejectedException, REFUSED",
        "422, ApplyRejectedException, REFUSED",
        "403, ApplyRejectedException, UNAVAILABLE",
        "404, ApplyRejectedException, UNAVAILABLE",
        "409, ClusterUnavailableException, UNAVAILABLE",
        "429, ClusterUnavailableException, UNAVAILABLE",
        "500, ClusterUnavailableException, UNAVAILABLE",
        "503, ClusterUnavailableException, UNAVAILABLE"})
    void decidesTheDispositionOfAnApplyByTheApiServersAnswer(int code, String type, Disposition disposition) {
        RuntimeException failure = ApiFailures.ofApply(WEB, answered(code));

        assertThat(failure.getClass().getSimpleName()).isEqualTo(type);
        assertThat(Dispositions.of(failure)).isEqualTo(disposition);
        assertThat(failure).hasMessageContaining("HTTP " + code);
    }

    @Test
    void anApplyWithoutAnswerIsTheClusterBeingUnavailable() {
        RuntimeException failure = ApiFailures.ofApply(WEB,
                new KubernetesClientException("connect failed", new ConnectException("refused")));

        assertThat(failure).isInstanceOf(ClusterUnavailableException.class);
        assertThat(Dispositions.of(failure)).isEqualTo(Disposition.UNAVAILABLE);
    }

    @Test
    void aRejectionRethrownWithMoreContextKeepsItsDisposition() {
        ApplyRejectedException forbidden = (ApplyRejectedException) ApiFailures.ofApply(WEB, answered(403));

        ApplyRejectedException rethrown = new ApplyRejectedException(WEB, forbidden.reason() + " (in the dry run)", forbidden);

        assertThat(rethrown.disposition()).isEqualTo(Disposition.UNAVAILABLE);
    }

    private static KubernetesClientException answered(int code) {
        return new KubernetesClientException("failure", code,
                new StatusBuilder().withCode(code).withReason("Reason").withMessage("the server's words").build());
    }
}
