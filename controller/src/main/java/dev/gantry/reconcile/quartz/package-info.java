/** Quartz schedules of the controller: the repository poll and the periodic full resync. */
package dev.gantry.reconcile.quartz;
