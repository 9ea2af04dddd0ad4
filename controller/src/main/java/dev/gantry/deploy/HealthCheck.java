package dev.gantry.deploy;

/** Judges the health of one kind of object from its live content. */
@FunctionalInterface
interface HealthCheck {

    /** Judges an object that exists. */
    Health check(LiveObject live);
}
