/**
 * The {@code gantry} command line: one picocli command per verb, exit codes, and output formats.
 *
 * <p>Commands here start no Spring context and no web server; they call the capability packages
 * directly so the CLI starts quickly.
 */
package dev.gantry.cli;
