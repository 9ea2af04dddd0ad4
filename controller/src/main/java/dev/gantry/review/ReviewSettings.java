package dev.gantry.review;

import java.net.URI;
import java.util.Map;

/**
 * Explicit choices that win over what the remote URL says.
 *
 * @param provider the provider, or null to derive it from the host (github.com, gitlab.com)
 * @param apiUrl the API's base URL, such as {@code https://git.example.com/api/v1}, or null to derive it
 */
public record ReviewSettings(ReviewProvider provider, URI apiUrl) {

    /** The variable naming the provider: github, gitlab or gitea. */
    public static final String PROVIDER_VARIABLE = "GANTRY_REVIEW_PROVIDER";

    /** The variable naming the API's base URL. */
    public static final String API_URL_VARIABLE = "GANTRY_REVIEW_API_URL";

    /** Nothing explicit: derive everything from the remote URL. */
    public static final ReviewSettings DERIVED = new ReviewSettings(null, null);

    /** Reads {@value #PROVIDER_VARIABLE} and {@value #API_URL_VARIABLE}; either may be unset. */
    public static ReviewSettings fromEnvironment(Map<String, String> environment) {
        String provider = environment.get(PROVIDER_VARIABLE);
        String apiUrl = environment.get(API_URL_VARIABLE);
        return new ReviewSettings(provider == null || provider.isBlank() ? null : ReviewProvider.parse(provider),
                apiUrl == null || apiUrl.isBlank() ? null : URI.create(apiUrl.strip()));
    }
}
