/**
 * Commit signatures: whether a commit of the GitOps repository carries a signature that verifies
 * against the allowed signers kept in that repository, and for which identities.
 *
 * <p>{@link dev.gantry.signing.SignatureVerifier} is the port; a verdict is a {@link
 * dev.gantry.signing.SignatureCheck} with one {@link dev.gantry.signing.SignatureStatus}. SSH
 * signatures are checked against an OpenSSH allowed-signers file (principals are emails), OpenPGP
 * signatures against an armored public keyring (the emails of the key's user IDs). The adapter is
 * in {@code signing.jgit}.
 */
package dev.gantry.signing;
