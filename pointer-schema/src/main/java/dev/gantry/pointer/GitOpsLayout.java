package dev.gantry.pointer;

import java.util.regex.Pattern;

/** Where things live in a GitOps repository; every path here is relative to its root, with forward slashes. */
public final class GitOpsLayout {

    /** The folder holding one folder per environment. */
    public static final String ENVIRONMENTS = "environments";

    /** The file describing an environment, inside its folder. */
    public static final String ENVIRONMENT_FILE = "environment.yaml";

    /** The pointer file, inside {@code environments/<env>/<repository>/<project>/}. */
    public static final String POINTER_FILE = "release.yaml";

    /** The folder of per-environment JSON merge patches, beside a pointer. */
    public static final String PATCHES = "patches";

    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

    private GitOpsLayout() {
    }

    /** {@code environments/<environment>/environment.yaml}. */
    public static String environmentPath(String environment) {
        return ENVIRONMENTS + "/" + environment + "/" + ENVIRONMENT_FILE;
    }

    /** {@code environments/<environment>/<repository>/<project>/release.yaml}. */
    public static String pointerPath(String environment, ProjectRef project) {
        return ENVIRONMENTS + "/" + environment + "/" + project.repository() + "/" + project.project() + "/" + POINTER_FILE;
    }

    /** Whether a name is a DNS-1123 label, as environment, repository and project names must be. */
    public static boolean isDnsLabel(String name) {
        return name != null && DNS_LABEL.matcher(name).matches();
    }
}
