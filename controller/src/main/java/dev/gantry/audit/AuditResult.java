package dev.gantry.audit;

/** How one reconcile of one project ended. */
public enum AuditResult {

    /** Every object was applied and the release became healthy. */
    APPLIED,

    /**
     * Every object was applied, and the release was not healthy yet; a later record for the same
     * release says how it ended ({@code APPLIED} once healthy, {@code FAILED} if it was not).
     */
    PROGRESSING,

    /** Something failed on the way: fetch, pull, render, apply, or health. */
    FAILED,

    /** A policy refused the release before anything was applied. */
    REFUSED
}
