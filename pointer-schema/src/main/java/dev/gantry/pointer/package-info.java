/**
 * The GitOps repository's file formats: release pointers and environments.
 *
 * <p>Owns the JSON Schemas (resources under {@code dev/gantry/schema/v1/}), the Java records that
 * mirror them, a strict YAML reader whose errors carry file, line and column, the repository
 * layout and scanner, the cross-file rules of {@link dev.gantry.pointer.RepositoryValidator}, and
 * {@link dev.gantry.pointer.PointerWriter}, which edits a pointer while keeping every other byte.
 */
package dev.gantry.pointer;
