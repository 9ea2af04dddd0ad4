package dev.gantry.signing.jgit;

import dev.gantry.signing.AllowedSigners;
import dev.gantry.signing.AllowedSignersInvalidException;
import dev.gantry.signing.SignatureCheck;
import dev.gantry.signing.SignatureStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.bc.BcPGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;

/**
 * OpenPGP signatures checked with BouncyCastle against an armored public keyring. The signature's
 * creation time is the time the key must be valid at; the signer's identities are the emails in
 * the user IDs of the key's primary key.
 */
final class OpenPgpKeyring {

    static final String FORMAT = "openpgp";

    private OpenPgpKeyring() {
    }

    /** Verifies an armored detached OpenPGP signature over {@code payload}. */
    static SignatureCheck verify(byte[] payload, byte[] signature, AllowedSigners signers) {
        PGPSignature parsed = parse(signature);
        if (parsed == null) {
            return SignatureCheck.failed(SignatureStatus.BAD, FORMAT, "the OpenPGP signature cannot be read");
        }
        PGPPublicKeyRingCollection keyring = keyring(signers);
        String keyId = String.format(Locale.ROOT, "%016X", parsed.getKeyID());
        PGPPublicKeyRing ring = keyring.getPublicKeyRing(parsed.getKeyID());
        if (ring == null) {
            return SignatureCheck.failed(SignatureStatus.UNKNOWN_KEY, FORMAT, "key " + keyId + " is not in " + signers.path());
        }
        PGPPublicKey key = ring.getPublicKey(parsed.getKeyID());
        PGPPublicKey primary = ring.getPublicKey();
        if (!verifies(parsed, key, payload)) {
            return SignatureCheck.failed(SignatureStatus.BAD, FORMAT, "the signature by key " + keyId + " does not match the commit");
        }
        if (key.hasRevocation() || primary.hasRevocation()) {
            return SignatureCheck.failed(SignatureStatus.BAD, FORMAT, "key " + keyId + " is revoked");
        }
        Instant signedAt = parsed.getCreationTime().toInstant();
        if (expiredAt(key, signedAt) || expiredAt(primary, signedAt)) {
            return SignatureCheck.failed(SignatureStatus.EXPIRED, FORMAT, "key " + keyId + " was not valid at " + signedAt);
        }
        return SignatureCheck.good(FORMAT, emails(primary));
    }

    private static PGPSignature parse(byte[] armored) {
        try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(armored))) {
            Object next = new BcPGPObjectFactory(in).nextObject();
            return next instanceof PGPSignatureList list && !list.isEmpty() ? list.get(0) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static PGPPublicKeyRingCollection keyring(AllowedSigners signers) {
        try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(signers.content()))) {
            PGPPublicKeyRingCollection keyring = new BcPGPPublicKeyRingCollection(in);
            if (keyring.size() == 0) {
                throw new IOException("it holds no public keys");
            }
            return keyring;
        } catch (IOException | PGPException | RuntimeException e) {
            throw new AllowedSignersInvalidException("allowed signers file " + signers.path()
                    + " is not an OpenPGP public keyring: " + e.getMessage(), e);
        }
    }

    private static boolean verifies(PGPSignature signature, PGPPublicKey key, byte[] payload) {
        try {
            signature.init(new BcPGPContentVerifierBuilderProvider(), key);
            signature.update(payload);
            return signature.verify();
        } catch (PGPException | RuntimeException e) {
            return false;
        }
    }

    private static boolean expiredAt(PGPPublicKey key, Instant time) {
        Instant created = key.getCreationTime().toInstant();
        long validSeconds = key.getValidSeconds();
        return time.isBefore(created) || validSeconds > 0 && time.isAfter(created.plusSeconds(validSeconds));
    }

    private static List<String> emails(PGPPublicKey primary) {
        List<String> emails = new ArrayList<>();
        primary.getUserIDs().forEachRemaining(userId -> {
            int open = userId.lastIndexOf('<');
            int close = userId.lastIndexOf('>');
            emails.add(open >= 0 && close > open ? userId.substring(open + 1, close) : userId.strip());
        });
        return emails;
    }
}
