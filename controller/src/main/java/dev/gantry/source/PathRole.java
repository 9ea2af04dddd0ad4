package dev.gantry.source;

/** What a path under {@code environments/} is to the controller. */
public enum PathRole {

    /** {@code environments/<env>/<repository>/<project>/release.yaml}: one project's release. */
    POINTER,

    /** {@code environments/<env>/<repository>/<project>/patches/<file>}: one project's overlay. */
    OVERLAY,

    /** {@code environments/<env>/environment.yaml}: the whole environment's settings. */
    ENVIRONMENT,

    /** Anything else: read by nobody during a reconcile. */
    OTHER
}
