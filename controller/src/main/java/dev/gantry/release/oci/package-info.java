/**
 * OCI adapters of the release port: a local OCI image layout store, the registry store (reads
 * over the JDK's HTTP client with credentials kept to their host across redirects, pushes through
 * ORAS), and the Jib image builder.
 */
package dev.gantry.release.oci;
