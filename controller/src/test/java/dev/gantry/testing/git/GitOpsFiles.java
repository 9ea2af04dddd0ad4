package dev.gantry.testing.git;

/** Minimal valid GitOps documents, and the paths they live at, for repository tests. */
public final class GitOpsFiles {

    private GitOpsFiles() {
    }

    /** {@code environments/<environment>/<repository>/<project>/release.yaml}. */
    public static String pointerPath(String environment, String repository, String project) {
        return "environments/" + environment + "/" + repository + "/" + project + "/release.yaml";
    }

    /** {@code environments/<environment>/environment.yaml}. */
    public static String environmentPath(String environment) {
        return "environments/" + environment + "/environment.yaml";
    }

    /** A valid pointer of {@code project} in {@code environment} to {@code release}. */
    public static String pointer(String environment, String project, String release) {
        return "apiVersion: gantry.dev/v1\n"
                + "kind: ReleasePointer\n"
                + "metadata:\n"
                + "  name: " + project + "\n"
                + "  environment: " + environment + "\n"
                + "spec:\n"
                + "  release: \"" + release + "\"\n";
    }

    /** A valid environment named {@code environment} with namespace {@code namespace}. */
    public static String environment(String environment, String namespace) {
        return "apiVersion: gantry.dev/v1\n"
                + "kind: Environment\n"
                + "metadata:\n"
                + "  name: " + environment + "\n"
                + "spec:\n"
                + "  namespace: \"" + namespace + "\"\n";
    }

    /** A release SHA made from a number, so that every pointer can name a different one. */
    public static String release(int number) {
        return String.format("%040x", number + 0xabcdefL);
    }
}
