package dev.gantry.audit;

/** How one reconcile of one project ended. */
public enum AuditResult {

    /** Every object was applied and the release became healthy. */
    APPLIED,

    /** Something failed on the way: fetch, pull, render, apply, or health. */
    FAILED,

    /** A policy refused the release before anything was applied. */
    REFUSED
}
