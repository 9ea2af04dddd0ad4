package dev.gantry.release.oci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.Dispositions;
import org.junit.jupiter.api.Test;

class RegistryAnswerExceptionTest {

    @Test
    void anAnswerThatEscapedTheStoreIsTheRegistryBeingUnavailable() {
        RegistryAnswerException answer = new RegistryAnswerException(502, "GET /v2/ answered 502");

        assertThat(Dispositions.of(answer)).isEqualTo(Disposition.UNAVAILABLE);
        assertThat(answer.status()).isEqualTo(502);
    }
}
