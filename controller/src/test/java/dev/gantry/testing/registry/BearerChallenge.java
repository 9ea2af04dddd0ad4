package dev.gantry.testing.registry;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A registry's {@code WWW-Authenticate: Bearer realm="..",service="..",scope=".."} challenge. */
public record BearerChallenge(URI realm, String service, String scope) {

    private static final Pattern PARAMETER = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /** Reads a {@code WWW-Authenticate} value; fails unless it is a Bearer challenge with a realm. */
    public static BearerChallenge parse(String header) {
        if (!header.startsWith("Bearer ")) {
            throw new IllegalArgumentException("not a Bearer challenge: " + header);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher matcher = PARAMETER.matcher(header);
        while (matcher.find()) {
            parameters.put(matcher.group(1), matcher.group(2));
        }
        return new BearerChallenge(URI.create(parameters.get("realm")), parameters.get("service"),
                parameters.get("scope"));
    }

    /** The realm URL asking for a token for this service and {@code scope}. */
    public String tokenUrl(String scope) {
        return realm + "?service=" + URLEncoder.encode(service, StandardCharsets.UTF_8)
                + "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8);
    }
}
