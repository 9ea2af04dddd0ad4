package dev.gantry.signing;

import java.util.List;

/**
 * The verdict on one commit's signature.
 *
 * @param status how the signature fared
 * @param format {@code ssh} or {@code openpgp}, or null when unsigned or of an unsupported format
 * @param identities the emails the allowed signers give the signing key; empty unless {@link SignatureStatus#GOOD}
 * @param detail why, for people: the verifier's message, or null
 */
public record SignatureCheck(SignatureStatus status, String format, List<String> identities, String detail) {

    /** An unsigned commit. */
    public static final SignatureCheck UNSIGNED = new SignatureCheck(SignatureStatus.NONE, null, List.of(), null);

    /** Copies the list so the record stays immutable. */
    public SignatureCheck {
        identities = List.copyOf(identities);
    }

    /** A good signature by a key the allowed signers give these identities. */
    public static SignatureCheck good(String format, List<String> identities) {
        return new SignatureCheck(SignatureStatus.GOOD, format, identities, null);
    }

    /** A signature that did not verify, with the reason. */
    public static SignatureCheck failed(SignatureStatus status, String format, String detail) {
        return new SignatureCheck(status, format, List.of(), detail);
    }

    /** Whether the signature is good and the allowed signers give its key this email (exact match). */
    public boolean verifiesFor(String email) {
        return status == SignatureStatus.GOOD && identities.contains(email);
    }

    /** {@code good alice@example.com}, {@code none}, {@code bad}, {@code unknown-key} or {@code expired}. */
    public String render() {
        return status == SignatureStatus.GOOD ? "good " + String.join(",", identities) : status.label();
    }
}
