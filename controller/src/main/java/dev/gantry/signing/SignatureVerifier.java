package dev.gantry.signing;

/** Verifies the signature of a git commit against allowed signers kept in the repository. */
public interface SignatureVerifier {

    /**
     * Verifies one commit's signature. SSH signatures are checked against {@code signers} read as
     * an OpenSSH allowed-signers file, OpenPGP signatures against {@code signers} read as an
     * armored public keyring; the commit's committer time is the time a key must be valid at.
     *
     * @param rawCommit the commit object exactly as git stores it, signature header included
     * @param signers the allowed signers
     * @return the verdict; {@link SignatureCheck#UNSIGNED} when the commit carries no signature
     * @throws AllowedSignersInvalidException when the commit is signed and {@code signers} cannot
     *     be read in the signature's format
     */
    SignatureCheck verify(byte[] rawCommit, AllowedSigners signers);
}
