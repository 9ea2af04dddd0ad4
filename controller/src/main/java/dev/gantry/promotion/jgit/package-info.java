/**
 * The JGit adapters of promotion: reading a pointer's history across renames and merges (with
 * the source adapter's walk), and writing promotion, rollback and approval commits into a clone
 * without touching anything but the one pointer file.
 */
package dev.gantry.promotion.jgit;
