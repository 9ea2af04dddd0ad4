package dev.gantry.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The demo's clock: starts a few minutes ago and moves one second on each reading, so every commit
 * the demo makes is newer than the one before, as git's one-second times need for a clear history.
 */
final class StepClock extends Clock {

    private Instant next;

    StepClock(Instant start) {
        this.next = start.truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public synchronized Instant instant() {
        Instant now = next;
        next = next.plusSeconds(1);
        return now;
    }
}
