/** The JGit adapter of the demo's git port: repositories on disk, a bare remote over the file transport. */
package dev.gantry.demo.jgit;
