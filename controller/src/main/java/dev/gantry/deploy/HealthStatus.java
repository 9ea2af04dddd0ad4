package dev.gantry.deploy;

/** How healthy an applied object is. */
public enum HealthStatus {

    /** It reached the state it asked for. */
    HEALTHY,

    /** It is still getting there: rolling out, starting, not yet observed. */
    PROGRESSING,

    /** It failed and will not get there without a change: a failed Job, a stuck rollout. */
    DEGRADED,

    /** Gantry has no way to tell for this kind; treated as healthy once it exists. */
    UNKNOWN
}
