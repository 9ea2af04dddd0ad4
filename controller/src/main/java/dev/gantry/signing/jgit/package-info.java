/**
 * The adapter of the signing port: JGit parses the commit and verifies SSH signatures with its own
 * verifier (from {@code org.eclipse.jgit.ssh.apache}) against the allowed-signers file; OpenPGP
 * signatures are verified with BouncyCastle against the armored keyring.
 */
package dev.gantry.signing.jgit;
