package dev.gantry.review;

import dev.gantry.source.UrlRedactor;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository on a git host, as its review API addresses it.
 *
 * @param provider the host's provider
 * @param apiUrl the API's base URL, without a trailing slash, such as {@code https://api.github.com}
 * @param path the repository's path on the host, such as {@code acme/gitops} or {@code group/sub/gitops}
 */
public record ReviewRepository(ReviewProvider provider, URI apiUrl, String path) {

    private static final Pattern URL = Pattern.compile("(?<scheme>https?|ssh|git)://(?:[^@/]*@)?(?<host>[^/:]+)(?::(?<port>\\d+))?/(?<path>.+)");
    private static final Pattern SCP = Pattern.compile("(?:[^@/]+@)?(?<host>[^/:]+):(?<path>[^/].*)");

    /**
     * Derives the provider, API URL and path from a git remote URL; explicit settings win.
     *
     * @param remote an https, ssh or scp-like ({@code git@host:owner/repo.git}) remote URL
     * @param settings explicit provider and API URL, either may be null
     * @throws ReviewSettingsException when the URL names no repository, or the provider cannot be told
     */
    public static ReviewRepository fromRemote(String remote, ReviewSettings settings) {
        Matcher url = URL.matcher(remote.strip());
        Matcher scp = SCP.matcher(remote.strip());
        boolean isUrl = url.matches();
        if (!isUrl && !scp.matches()) {
            throw new ReviewSettingsException("cannot tell the git host of remote '" + redact(remote)
                    + "': expected https://HOST/OWNER/REPO or git@HOST:OWNER/REPO");
        }
        Matcher parts = isUrl ? url : scp;
        String host = parts.group("host");
        String path = parts.group("path").replaceAll("/+$", "").replaceAll("\\.git$", "");
        ReviewProvider provider = settings.provider() != null ? settings.provider() : providerOf(host);
        URI api = settings.apiUrl() != null ? settings.apiUrl() : apiUrl(provider, host, isUrl ? url : null);
        if (provider != ReviewProvider.GITLAB && path.split("/").length != 2) {
            throw new ReviewSettingsException(provider.title() + " repositories are OWNER/REPO, not '" + path + "'");
        }
        return new ReviewRepository(provider, URI.create(api.toString().replaceAll("/+$", "")), path);
    }

    private static ReviewProvider providerOf(String host) {
        if (host.equalsIgnoreCase("github.com")) {
            return ReviewProvider.GITHUB;
        }
        if (host.equalsIgnoreCase("gitlab.com")) {
            return ReviewProvider.GITLAB;
        }
        throw new ReviewSettingsException("cannot tell which review API " + host + " serves: set "
                + ReviewSettings.PROVIDER_VARIABLE + " to github, gitlab or gitea");
    }

    private static URI apiUrl(ReviewProvider provider, String host, Matcher url) {
        if (provider == ReviewProvider.GITHUB && host.equalsIgnoreCase("github.com")) {
            return URI.create("https://api.github.com");
        }
        boolean web = url != null && url.group("scheme").startsWith("http");
        String scheme = web ? url.group("scheme") : "https";
        String port = web && url.group("port") != null ? ":" + url.group("port") : "";
        return URI.create(scheme + "://" + host + port + provider.apiPath());
    }

    private static String redact(String remote) {
        return UrlRedactor.redact(remote);
    }
}
