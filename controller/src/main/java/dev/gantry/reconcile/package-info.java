/**
 * The reconcile pipeline: from an environment's pointers to applied, healthy, audited objects.
 *
 * <p>A sync ({@link dev.gantry.reconcile.ControllerLoop}) plans one piece of work per environment
 * and project on a keyed work queue ({@link dev.gantry.reconcile.WorkQueue}); its workers run the
 * reconciler's named steps (fetch, render, confine, dry run, apply, prune, health) and record one
 * outcome per step that ends. The pure steps (render, confine, order) live in {@code
 * dev.gantry.render}; the approval rules here are plain functions too, tested without a cluster.
 * Before a reconcile, the approval gate refuses a pointer that lacks the approvals its
 * environment requires.
 */
package dev.gantry.reconcile;
