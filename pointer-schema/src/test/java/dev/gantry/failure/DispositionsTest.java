package dev.gantry.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DispositionsTest {

    @ParameterizedTest
    @EnumSource(Disposition.class)
    void readsTheDispositionAnExceptionCarries(Disposition disposition) {
        assertThat(Dispositions.of(new Sample(disposition, null))).isEqualTo(disposition);
    }

    @Test
    void looksThroughWrappersThatCarryNone() {
        Sample waiting = new Sample(Disposition.WAITING, new IOException("disk"));
        RuntimeException wrapped = new RuntimeException("job failed", new IllegalStateException(waiting));

        assertThat(Dispositions.of(wrapped)).isEqualTo(Disposition.WAITING);
        assertThat(Dispositions.carrier(wrapped)).containsSame(waiting);
    }

    @Test
    void theOutermostCarrierWinsOverItsCauses() {
        Sample refused = new Sample(Disposition.REFUSED, new Sample(Disposition.UNAVAILABLE, null));

        assertThat(Dispositions.of(refused)).isEqualTo(Disposition.REFUSED);
    }

    @Test
    void retriesAFailureThatCarriesNone() {
        assertThat(Dispositions.of(new IllegalStateException("unexpected"))).isEqualTo(Disposition.UNAVAILABLE);
        assertThat(Dispositions.of(new UncheckedIOException(new IOException("reset")))).isEqualTo(Disposition.UNAVAILABLE);
        assertThat(Dispositions.of(new StackOverflowError())).isEqualTo(Dispositions.DEFAULT);
    }

    @Test
    void carriedIsEmptyWhenNothingInTheChainCarriesOne() {
        assertThat(Dispositions.carried(new RuntimeException(new IOException("reset")))).isEmpty();
        assertThat(Dispositions.carrier(new RuntimeException())).isEmpty();
    }

    @Test
    void endsOnACycleOfCauses() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(Dispositions.carried(second)).isEmpty();
        assertThat(Dispositions.of(second)).isEqualTo(Dispositions.DEFAULT);
    }

    /** A Gantry exception of any disposition. */
    private static final class Sample extends GantryException {

        Sample(Disposition disposition, Throwable cause) {
            super(disposition, "sample " + disposition, cause);
        }
    }
}
