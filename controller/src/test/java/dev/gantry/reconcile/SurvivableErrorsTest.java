package dev.gantry.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SurvivableErrorsTest {

    @Test
    void aStackOverflowOrALinkageErrorIsSurvivedAndAnOutOfMemoryErrorIsNot() {
        StackOverflowError overflow = new StackOverflowError();
        NoClassDefFoundError linkage = new NoClassDefFoundError("Gone");

        assertThat(SurvivableErrors.survive(overflow)).isSameAs(overflow);
        assertThat(SurvivableErrors.survive(linkage)).isSameAs(linkage);
        assertThatThrownBy(() -> SurvivableErrors.survive(new OutOfMemoryError("Java heap space")))
                .isInstanceOf(OutOfMemoryError.class).hasMessage("Java heap space");
        assertThatThrownBy(() -> SurvivableErrors.survive(new InternalError())).isInstanceOf(InternalError.class);
        assertThat(SurvivableErrors.describe(linkage)).isEqualTo("java.lang.NoClassDefFoundError: Gone");
    }
}
