/**
 * The reconcile pipeline: from an environment's pointers to applied, healthy, audited objects.
 *
 * <p>Pure steps (render, confine, order, prune planning, the approval rules) are plain functions
 * tested without a cluster; the reconciler runs them in the order SPEC gives and returns one
 * summary per project. Before it runs, the approval gate refuses a pointer that lacks the
 * approvals its environment requires.
 */
package dev.gantry.reconcile;
