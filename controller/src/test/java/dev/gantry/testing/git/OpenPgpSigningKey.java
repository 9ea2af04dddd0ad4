package dev.gantry.testing.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.crypto.generators.Ed25519KeyPairGenerator;
import org.bouncycastle.crypto.params.Ed25519KeyGenerationParameters;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.GpgSignature;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.Signer;
import org.eclipse.jgit.transport.CredentialsProvider;

/**
 * A fresh OpenPGP ed25519 key made with BouncyCastle, and a JGit {@link Signer} that signs commits
 * with it as {@code gpg} would: an armored detached signature over the commit.
 */
public final class OpenPgpSigningKey implements Signer {

    private final PGPPublicKeyRing publicRing;
    private final PGPPrivateKey privateKey;

    private OpenPgpSigningKey(PGPPublicKeyRing publicRing, PGPPrivateKey privateKey) {
        this.publicRing = publicRing;
        this.privateKey = privateKey;
    }

    /** A key for {@code userId} (such as {@code Alice <alice@example.com>}) that never expires. */
    public static OpenPgpSigningKey generate(String userId) throws PGPException {
        return generate(userId, Instant.now().minusSeconds(60), Duration.ZERO);
    }

    /** A key for {@code userId} created at {@code created}, valid for {@code validity} (zero: forever). */
    public static OpenPgpSigningKey generate(String userId, Instant created, Duration validity) throws PGPException {
        Ed25519KeyPairGenerator generator = new Ed25519KeyPairGenerator();
        generator.init(new Ed25519KeyGenerationParameters(new SecureRandom()));
        PGPKeyPair pair = new BcPGPKeyPair(PublicKeyPacket.VERSION_4, PublicKeyAlgorithmTags.EDDSA_LEGACY,
                generator.generateKeyPair(), Date.from(created));
        PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
        if (!validity.isZero()) {
            hashed.setKeyExpirationTime(false, validity.toSeconds());
        }
        PGPKeyRingGenerator rings = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, pair, userId,
                new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1), hashed.generate(), null,
                new BcPGPContentSignerBuilder(PublicKeyAlgorithmTags.EDDSA_LEGACY, HashAlgorithmTags.SHA256), null);
        return new OpenPgpSigningKey(rings.generatePublicKeyRing(), pair.getPrivateKey());
    }

    /** The public keyring, armored, as an allowed signers file holds it. */
    public String armoredPublicKey() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ArmoredOutputStream armored = new ArmoredOutputStream(bytes)) {
            publicRing.encode(armored);
        }
        return bytes.toString(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** The git configuration that signs commits in OpenPGP format. */
    public static GpgConfig gpgConfig() {
        Config config = new Config();
        config.setString("gpg", null, "format", "openpgp");
        config.setBoolean("commit", null, "gpgSign", true);
        return new GpgConfig(config);
    }

    @Override
    public GpgSignature sign(Repository repository, GpgConfig config, byte[] data, PersonIdent committer,
            String signingKey, CredentialsProvider credentials) throws IOException {
        PGPPublicKey key = publicRing.getPublicKey();
        try {
            PGPSignatureGenerator generator = new PGPSignatureGenerator(
                    new BcPGPContentSignerBuilder(key.getAlgorithm(), HashAlgorithmTags.SHA256), key);
            generator.init(PGPSignature.BINARY_DOCUMENT, privateKey);
            PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
            hashed.setSignatureCreationTime(false, new Date());
            hashed.setIssuerFingerprint(false, key);
            generator.setHashedSubpackets(hashed.generate());
            generator.update(data);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (OutputStream armored = new ArmoredOutputStream(bytes)) {
                generator.generate().encode(armored);
            }
            return new GpgSignature(bytes.toByteArray());
        } catch (PGPException e) {
            throw new IOException("cannot sign with the test OpenPGP key", e);
        }
    }

    @Override
    public boolean canLocateSigningKey(Repository repository, GpgConfig config, PersonIdent committer,
            String signingKey, CredentialsProvider credentials) {
        return true;
    }
}
