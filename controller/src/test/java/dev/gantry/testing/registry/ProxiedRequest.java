package dev.gantry.testing.registry;

import java.util.Set;
import java.util.regex.Pattern;

/** A request as the {@link FaultInjectingProxy} saw it: method and raw path (no query). */
public record ProxiedRequest(String method, String path) {

    private static final Pattern UPLOAD_PATH = Pattern.compile("/v2/.+/blobs/uploads/.*");
    private static final Set<String> UPLOAD_METHODS = Set.of("POST", "PATCH", "PUT");

    /** Whether this starts, continues or completes a blob upload ({@code POST/PATCH/PUT /v2/NAME/blobs/uploads/...}). */
    public boolean isBlobUpload() {
        return UPLOAD_METHODS.contains(method) && UPLOAD_PATH.matcher(path).matches();
    }

    /** Whether the method is {@code method} and the path matches the regular expression {@code pathRegex} in full. */
    public boolean is(String method, String pathRegex) {
        return this.method.equals(method) && path.matches(pathRegex);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
