package dev.gantry.source;

import java.util.regex.Pattern;

/**
 * Removes the credentials of every URL in a text, so the text can be logged, printed or recorded
 * in a release or a git note: the whole {@code user:password@} of a URL with a scheme (a password
 * may contain {@code @}), the password of an scp-like {@code user:password@host:path}, and the value
 * of every query or fragment parameter whose name says it carries a secret ({@code access_token},
 * {@code private_token}, {@code X-Amz-Signature}, {@code sig}, ...).
 */
public final class UrlRedactor {

    /** What stands in for a removed query value. */
    public static final String MASK = "****";

    /** Userinfo: from {@code ://} to the last {@code @} before the authority ends. */
    private static final Pattern USER_INFO = Pattern.compile("(?<=://)[^/?#\\s]*@");

    /** {@code user:password@host:path}, not after a scheme; the password runs to the last {@code @} before {@code host:}. */
    private static final Pattern SCP_PASSWORD = Pattern.compile(
            "(?<=(?:^|[\\s'\"(<=,;]))([^\\s'\"/:@]+):(?!//)\\S*@(?=[^\\s/:@]+:)");

    /** A parameter whose name carries a secret, and its value. */
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)([?&#;][^=&#\\s]*(?:token|signature|secret|passw(?:or)?d|credential|key|sig|auth)[^=&#\\s]*=)[^&#\\s'\"]*");

    private UrlRedactor() {
    }

    /**
     * The text with every URL's credentials removed; everything else is left as it was.
     *
     * @param text any text, such as a URL or an error message naming one; null gives {@code "null"}
     */
    public static String redact(String text) {
        String redacted = USER_INFO.matcher(String.valueOf(text)).replaceAll("");
        redacted = SCP_PASSWORD.matcher(redacted).replaceAll("$1@");
        return SECRET_PARAMETER.matcher(redacted).replaceAll("$1" + MASK);
    }
}
