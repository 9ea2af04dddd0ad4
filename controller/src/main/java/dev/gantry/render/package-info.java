/**
 * Render, confine and order: the pure functions that turn a release's manifest files, its
 * environment's patches and the environment's settings into the ordered objects to apply, or
 * into the reasons they may not be. Nothing here reaches a cluster, a registry or git; whether a
 * kind is namespaced is asked of a function the caller passes. The reconcile pipeline, {@code
 * gantry diff} and {@code gantry release build} all use it, so the three judge a release alike.
 */
package dev.gantry.render;
