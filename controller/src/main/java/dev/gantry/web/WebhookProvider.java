package dev.gantry.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Each webhook sender and how it proves a request is its own: an HMAC-SHA256 signature or a shared token. */
public enum WebhookProvider {

    /** GitHub: {@code X-Hub-Signature-256: sha256=<hex>} over the body; {@code X-GitHub-Event: push}. */
    GITHUB("x-hub-signature-256", "sha256=", new Event("x-github-event", "push")),

    /** Gitea (and Forgejo): {@code X-Gitea-Signature: <hex>} over the body; {@code X-Gitea-Event: push}. */
    GITEA("x-gitea-signature", "", new Event("x-gitea-event", "push")),

    /** Anything else: {@code X-Gantry-Signature: sha256=<hex>} over the body; every delivery is a push. */
    GENERIC("x-gantry-signature", "sha256=", null),

    /** GitLab: {@code X-Gitlab-Token} equal to the secret; {@code X-Gitlab-Event: Push Hook}. */
    GITLAB("x-gitlab-token", null, new Event("x-gitlab-event", "Push Hook"));

    private final String header;
    private final String prefix;
    private final Event event;

    WebhookProvider(String header, String prefix, Event event) {
        this.header = header;
        this.prefix = prefix;
        this.event = event;
    }

    /** The provider for a path segment, such as {@code github}. */
    public static WebhookProvider fromPath(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the request carries this provider's proof for the secret, compared in constant time.
     *
     * @param headers request headers by lower-case name
     * @param body the raw body
     * @param secret the configured secret; blank never verifies
     */
    public boolean verifies(Function<String, String> headers, byte[] body, String secret) {
        String presented = headers.apply(header);
        if (secret == null || secret.isBlank() || presented == null) {
            return false;
        }
        byte[] expected = prefix == null ? secret.getBytes(StandardCharsets.UTF_8)
                : (prefix + HexFormat.of().formatHex(hmac(secret, body))).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, presented.trim().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether the request could verify at all, read from its headers alone: a secret is configured,
     * the proof header is present, and for a token (GitLab) it is the secret. A request that fails
     * this is refused before its body is read.
     *
     * @param headers request headers by lower-case name
     * @param secret the configured secret; blank never verifies
     */
    public boolean mayVerify(Function<String, String> headers, String secret) {
        boolean present = secret != null && !secret.isBlank() && headers.apply(header) != null;
        return present && (prefix != null || verifies(headers, new byte[0], secret));
    }

    /**
     * The event a delivery names when it is not a push, such as GitHub's {@code ping}; empty for a
     * push, and for a delivery that names no event (older senders send only pushes).
     *
     * @param headers request headers by lower-case name
     */
    public Optional<String> otherEvent(Function<String, String> headers) {
        String named = event == null ? null : headers.apply(event.header());
        return named == null || named.isBlank() || named.strip().equals(event.push()) ? Optional.empty()
                : Optional.of(named.strip());
    }

    /** The header that carries the proof, for error messages. */
    public String header() {
        return header;
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** The header naming a delivery's event, and the name it gives a push. */
    private record Event(String header, String push) {
    }

    /** Secrets keyed by provider, as configured. */
    public record Secrets(Map<WebhookProvider, String> byProvider) {

        /** Copies the map. */
        public Secrets {
            byProvider = Map.copyOf(byProvider);
        }

        /** The secret for a provider, or null. */
        public String of(WebhookProvider provider) {
            return byProvider.get(provider);
        }
    }
}
