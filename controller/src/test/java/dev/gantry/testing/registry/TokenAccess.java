package dev.gantry.testing.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Bearer-token auth: a token server on loopback and the certificate bundle the registry trusts its tokens with. */
final class TokenAccess implements RegistryAccess {

    /** The registry's {@code service} name, which tokens must name as their audience. */
    static final String SERVICE = "gantry-test-registry";

    /** The issuer the registry trusts. */
    static final String ISSUER = "gantry-test-token-issuer";

    private final TokenServer server;
    private final Path bundle;

    private TokenAccess(TokenServer server, Path bundle) {
        this.server = server;
        this.bundle = bundle;
    }

    /** Generates a signing key, writes its certificate to {@code directory/token-signer.pem}, starts the server. */
    static TokenAccess create(Path directory, RegistryCredentials credentials) throws IOException {
        TokenSigner signer = TokenSigner.generate(ISSUER);
        Path bundle = Files.writeString(directory.resolve("token-signer.pem"), signer.certificatePem());
        return new TokenAccess(TokenServer.start(signer, credentials), bundle);
    }

    @Override
    public String authSection() {
        return """
                auth:
                  token:
                    realm: %s
                    service: %s
                    issuer: %s
                    rootcertbundle: %s
                """.formatted(server.realm(), SERVICE, ISSUER, RegistryConfig.quoted(bundle.toString()));
    }

    @Override
    public void close() {
        server.close();
    }
}
