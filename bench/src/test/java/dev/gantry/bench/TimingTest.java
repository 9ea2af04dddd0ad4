package dev.gantry.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimingTest {

    private static final long[] TWENTY = {20, 1, 19, 2, 18, 3, 17, 4, 16, 5, 15, 6, 14, 7, 13, 8, 12, 9, 11, 10};

    @Test
    void percentilesAreNearestRank() {
        assertThat(Timing.median(TWENTY)).isEqualTo(10);
        assertThat(Timing.percentile(TWENTY, 95)).isEqualTo(19);
        assertThat(Timing.percentile(TWENTY, 100)).isEqualTo(20);
    }

    @Test
    void medianOfAnOddCountIsTheMiddle() {
        assertThat(Timing.median(new long[] {5, 1, 3})).isEqualTo(3);
    }

    @Test
    void ratioDividesGantryByTheOtherTool() {
        assertThat(Timing.ratio(5_000_000, 20_000_000)).isEqualTo("0.25 (5.00 ms vs 20.0 ms)");
    }
}
