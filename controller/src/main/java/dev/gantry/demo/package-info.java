/**
 * {@code gantry demo}: a workspace with a GitOps repository, a sample source repository and a local
 * OCI layout, and one run through release build, the controller pipeline, promotion, approval,
 * rollback and history, each step told in a line or two. The git operations it needs are a port
 * here, with the JGit adapter in {@code demo.jgit}.
 */
package dev.gantry.demo;
