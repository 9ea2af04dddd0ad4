/** The JGit adapter of the source port: bare mirrors in a private cache, read by commit. */
package dev.gantry.source.jgit;
