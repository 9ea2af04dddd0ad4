package dev.gantry.architecture.sample.audit;

import dev.gantry.architecture.sample.deploy.ClusterApplier;

/** Planted cycle: audit depends on deploy, and deploy's utils depend on audit. */
public interface AuditLog {

    /** Planted dependency on the deploy capability. */
    ClusterApplier applier();
}
