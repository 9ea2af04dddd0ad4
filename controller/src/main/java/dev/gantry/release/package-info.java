/**
 * The release artifact's content: the manifests layer, packed byte-for-byte reproducibly and
 * extracted as hostile input.
 *
 * <p>{@link dev.gantry.release.ManifestArchive} packs rendered manifests into the one
 * {@value dev.gantry.release.ManifestArchive#MEDIA_TYPE} layer; {@link
 * dev.gantry.release.ManifestExtractor} unpacks such a layer into a folder, refusing anything
 * that could write outside it, exhaust the disk or memory, or is not plain YAML. The tar+gzip
 * format lives here, not in an adapter, because it is the artifact's format rather than a remote
 * technology; registries belong to {@code release.oci}.
 */
package dev.gantry.release;
