package dev.gantry.review;

import java.util.List;
import java.util.Locale;

/** A git host's review API: where it lives below the host and which variables hold its token. */
public enum ReviewProvider {

    /** GitHub and GitHub Enterprise Server: pull requests. */
    GITHUB("GitHub", "pull request", "/api/v3", List.of("GANTRY_GITHUB_TOKEN", "GITHUB_TOKEN")),

    /** GitLab: merge requests. */
    GITLAB("GitLab", "merge request", "/api/v4", List.of("GANTRY_GITLAB_TOKEN", "GITLAB_TOKEN")),

    /** Gitea and Forgejo: pull requests. */
    GITEA("Gitea", "pull request", "/api/v1", List.of("GANTRY_GITEA_TOKEN", "GITEA_TOKEN"));

    private final String title;
    private final String requestName;
    private final String apiPath;
    private final List<String> tokenVariables;

    ReviewProvider(String title, String requestName, String apiPath, List<String> tokenVariables) {
        this.title = title;
        this.requestName = requestName;
        this.apiPath = apiPath;
        this.tokenVariables = tokenVariables;
    }

    /** Parses {@code github}, {@code gitlab} or {@code gitea}, in any case. */
    public static ReviewProvider parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ReviewSettingsException("'" + name + "' is not a review provider: use github, gitlab or gitea");
        }
    }

    /** The product's name, such as {@code GitHub}. */
    public String title() {
        return title;
    }

    /** What the host calls a review request: {@code pull request} or {@code merge request}. */
    public String requestName() {
        return requestName;
    }

    /** The API's path below a self-hosted instance's URL, such as {@code /api/v4}. */
    public String apiPath() {
        return apiPath;
    }

    /** The environment variables read for the token, first found wins. */
    public List<String> tokenVariables() {
        return tokenVariables;
    }
}
