package dev.gantry.release;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where release artifacts live: a remote OCI distribution registry ({@code HOST[:PORT][/PREFIX]})
 * or a local OCI image layout folder ({@code oci-layout:DIR}), the embedded default.
 *
 * @param host registry host and port, or null for a layout
 * @param prefix repository path prefix on the registry, possibly empty
 * @param layout the layout folder, or null for a remote registry
 * @param plainHttp whether plain HTTP was allowed explicitly ({@code --insecure})
 */
public record Registry(String host, String prefix, Path layout, boolean plainHttp) {

    /** The scheme that marks a local OCI image layout. */
    public static final String LAYOUT_SCHEME = "oci-layout:";

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+(:[0-9]{1,5})?");
    private static final Pattern PREFIX = Pattern.compile("([a-z0-9._-]+(/[a-z0-9._-]+)*)?");

    /**
     * Parses an environment's {@code registry:} as the GitOps repository names it: a registry
     * host only. A folder on the machine that reads the repository (CI running {@code gantry diff}
     * on a pull request, the controller) is never the repository's to name, so a local layout
     * comes only from {@code --registry} or {@code gantry.registry}.
     */
    public static Registry fromRepository(String text) {
        if (text.startsWith(LAYOUT_SCHEME)) {
            throw new IllegalArgumentException("spec.registry '" + text + "' names a local folder; an environment may name"
                    + " only HOST[:PORT][/PREFIX], and a local oci-layout:DIR is given with --registry or gantry.registry");
        }
        return parse(text);
    }

    /** Parses {@code HOST[:PORT][/PREFIX]} or {@code oci-layout:DIR}. */
    public static Registry parse(String text) {
        if (text.startsWith(LAYOUT_SCHEME)) {
            String folder = text.substring(LAYOUT_SCHEME.length());
            if (folder.isBlank()) {
                throw new IllegalArgumentException("oci-layout: needs a folder, such as oci-layout:./registry");
            }
            return new Registry(null, "", Path.of(folder).toAbsolutePath().normalize(), false);
        }
        int slash = text.indexOf('/');
        String host = slash < 0 ? text : text.substring(0, slash);
        String prefix = slash < 0 ? "" : text.substring(slash + 1).replaceAll("/+$", "");
        if (!HOST.matcher(host).matches() || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not HOST[:PORT][/PREFIX] or oci-layout:DIR");
        }
        return new Registry(host, prefix, null, false);
    }

    /** The same registry, reachable over plain HTTP even off loopback. */
    public Registry withPlainHttp() {
        return new Registry(host, prefix, layout, true);
    }

    /** Whether to speak plain HTTP: loopback registries, or when asked. */
    public boolean allowsPlainHttp() {
        return plainHttp || isLoopback();
    }

    /** The registry name written into manifests for images by default: {@code HOST[/PREFIX]}, or {@code gantry.local} for a layout. */
    public String defaultImageRegistry() {
        return isLayout() ? "gantry.local" : host + (prefix.isEmpty() ? "" : "/" + prefix);
    }

    /** Whether this is a local OCI image layout. */
    public boolean isLayout() {
        return layout != null;
    }

    /** Whether plain HTTP is acceptable without asking: loopback registries only. */
    public boolean isLoopback() {
        String name = host == null ? "" : host.replaceAll(":[0-9]+$", "");
        return name.equals("localhost") || name.startsWith("127.") || name.equals("[::1]");
    }

    /** The full repository path on the registry: the prefix, then the repository. */
    public String path(String repository) {
        return prefix.isEmpty() ? repository : prefix + "/" + repository;
    }

    /** The folder holding one repository's OCI layout. */
    public Path layoutOf(String repository) {
        return layout.resolve(repository);
    }

    /** How a reference to a repository here is written, without tag or digest. */
    String prefix(String repository) {
        return isLayout() ? LAYOUT_SCHEME + layout + "//" + repository : host + "/" + path(repository);
    }

    static ArtifactRef splitRepository(String text, String tag, String digest) {
        if (text.startsWith(LAYOUT_SCHEME)) {
            int marker = text.indexOf("//", LAYOUT_SCHEME.length());
            String folder = marker < 0 ? parentOfLastTwo(text) : text.substring(0, marker);
            String repository = marker < 0 ? text.substring(folder.length() + 1) : text.substring(marker + 2);
            return new ArtifactRef(parse(folder), repository, tag, digest);
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("'" + text + "' names no repository: expected HOST[:PORT]/REPOSITORY");
        }
        return new ArtifactRef(parse(text.substring(0, slash)), text.substring(slash + 1), tag, digest);
    }

    private static String parentOfLastTwo(String text) {
        int last = text.lastIndexOf('/');
        int secondLast = last <= 0 ? -1 : text.lastIndexOf('/', last - 1);
        if (secondLast < LAYOUT_SCHEME.length()) {
            throw new IllegalArgumentException("'" + text + "' names no repository: expected oci-layout:DIR//REPOSITORY");
        }
        return text.substring(0, secondLast);
    }
}
