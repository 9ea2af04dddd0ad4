package dev.gantry.pointer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.Dispositions;
import org.junit.jupiter.api.Test;

class SchemaFailureDispositionTest {

    @Test
    void aValueWithoutJavaRepresentationIsRefused() {
        assertThat(Dispositions.of(new FieldValueException("/spec/release", "too long"))).isEqualTo(Disposition.REFUSED);
    }

    @Test
    void anInvalidDocumentIsRefused() {
        assertThat(Dispositions.of(new DocumentInvalidException(Problem.atStart("a.yaml", "is empty"))))
                .isEqualTo(Disposition.REFUSED);
    }
}
