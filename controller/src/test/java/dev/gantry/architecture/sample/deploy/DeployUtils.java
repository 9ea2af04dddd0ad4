package dev.gantry.architecture.sample.deploy;

import dev.gantry.architecture.sample.audit.AuditLog;

/** Planted grab-bag name, closing a cycle back to audit. */
public final class DeployUtils {

    private DeployUtils() {
    }

    /** Planted dependency on the audit capability. */
    public static AuditLog log() {
        return null;
    }
}
