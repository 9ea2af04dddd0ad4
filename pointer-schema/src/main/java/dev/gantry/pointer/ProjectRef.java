package dev.gantry.pointer;

/**
 * A project's canonical name, {@code <repository>/<project>}.
 *
 * @param repository the source repository's name
 * @param project the project within it
 */
public record ProjectRef(String repository, String project) {

    /** Parses {@code repository/project}; both parts must be DNS-1123 labels. */
    public static ProjectRef parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length != 2 || !GitOpsLayout.isDnsLabel(parts[0]) || !GitOpsLayout.isDnsLabel(parts[1])) {
            throw new IllegalArgumentException("'" + text
                    + "' is not REPOSITORY/PROJECT (two DNS-1123 labels, such as platform/auth-service)");
        }
        return new ProjectRef(parts[0], parts[1]);
    }

    @Override
    public String toString() {
        return repository + "/" + project;
    }
}
