/**
 * Applying releases to a cluster: the objects Gantry applies, the port that applies, reads and
 * deletes them with server-side apply, the inventory of what each project applied, health, and the
 * watch that reports drift of managed objects as it happens.
 *
 * <p>Everything here is plain Java; the Fabric8 adapter lives in {@code deploy.fabric8}.
 */
package dev.gantry.deploy;
