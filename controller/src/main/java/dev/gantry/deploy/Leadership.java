package dev.gantry.deploy;

/** Whether this replica may reconcile: only the leader does, so replicas never apply twice. */
@FunctionalInterface
public interface Leadership {

    /** A single replica always leads. */
    Leadership ALWAYS = () -> true;

    /** Whether this replica leads now. */
    boolean leading();
}
