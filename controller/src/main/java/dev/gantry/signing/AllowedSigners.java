package dev.gantry.signing;

/**
 * The allowed signers file kept in the GitOps repository: an OpenSSH allowed-signers file, or an
 * armored OpenPGP public keyring.
 *
 * @param path the file's path in the repository, for messages
 * @param content the file's bytes at the commit being reconciled
 */
public record AllowedSigners(String path, byte[] content) {
}
