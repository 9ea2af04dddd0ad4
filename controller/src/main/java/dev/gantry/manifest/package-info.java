/**
 * Manifest YAML read as hostile input: a release's manifest files and an environment's patches.
 *
 * <p>{@link dev.gantry.manifest.ManifestYaml} is the one parser the controller's render,
 * {@code gantry diff} and {@code gantry release build} use. It refuses, naming the file, YAML that
 * is too large, nested too deep, uses too many aliases, holds too many documents, or expands past
 * its {@link dev.gantry.manifest.ManifestLimits}, before anything walks the result, so a hostile
 * manifest ends in a {@link dev.gantry.manifest.ManifestInvalidException} rather than a
 * StackOverflowError or an OutOfMemoryError.
 */
package dev.gantry.manifest;
