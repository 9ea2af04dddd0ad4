/**
 * The git-notes adapter of the audit port: records as JSON Lines notes in {@code refs/notes/gantry}
 * of the GitOps mirror, pushed to the remote and merged as a union of lines when controllers race.
 */
package dev.gantry.audit.gitnotes;
