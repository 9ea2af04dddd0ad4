package dev.gantry.signing;

import java.util.Locale;

/** How a commit's signature fared against the allowed signers. */
public enum SignatureStatus {

    /** The commit carries no signature. */
    NONE,

    /** The signature verifies, made by a key the allowed signers list. */
    GOOD,

    /** The signature does not verify: the commit was changed after signing, or the signature is malformed or revoked. */
    BAD,

    /** The signature is intact, but its key is not among the allowed signers. */
    UNKNOWN_KEY,

    /** The key is listed, but was not valid at the commit's time. */
    EXPIRED;

    /** The lower-case, dashed label: {@code none}, {@code good}, {@code bad}, {@code unknown-key}, {@code expired}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
