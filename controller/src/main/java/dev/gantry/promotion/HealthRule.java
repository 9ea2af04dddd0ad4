package dev.gantry.promotion;

/** Whether a release must have a healthy deployment record before it may be written into a pointer. */
public enum HealthRule {

    /** Refuse a release without a healthy record in the environment it comes from. */
    REQUIRE_HEALTHY,

    /** Skip the check ({@code --allow-unverified} or {@code --force}); the commit body says so. */
    UNVERIFIED
}
