/**
 * OCI adapters of the release port: a local OCI image layout store, the ORAS registry store,
 * and the Jib image builder.
 */
package dev.gantry.release.oci;
