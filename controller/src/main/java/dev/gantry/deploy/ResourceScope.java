package dev.gantry.deploy;

/** Whether objects of a kind live in a namespace or in the cluster as a whole. */
public enum ResourceScope {

    /** Objects live in a namespace. */
    NAMESPACED,

    /** Objects belong to the whole cluster. */
    CLUSTER
}
