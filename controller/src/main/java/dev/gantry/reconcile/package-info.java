/**
 * The reconcile pipeline: from an environment's pointers to applied, healthy, audited objects.
 *
 * <p>Pure steps (render, confine, order, prune planning) are plain functions tested without a
 * cluster; the reconciler runs them in the order SPEC gives and returns one summary per project.
 */
package dev.gantry.reconcile;
