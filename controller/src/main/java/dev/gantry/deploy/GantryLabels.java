package dev.gantry.deploy;

import java.util.Map;

/**
 * Gantry's labels and annotations, defined once: what it stamps on every object it applies and on
 * its own inventories, and the prefix no release may use. Repository and project are separate
 * labels, each a DNS-1123 label of at most 63 characters, so no value can pass the API server's
 * 63-character limit for label values (the joined {@code <repository>.<project>} of earlier
 * versions could; {@link #ownerOf} still reads it).
 */
public final class GantryLabels {

    /** The standard label naming the manager; its value is {@value #GANTRY}. */
    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    /** The value of {@link #MANAGED_BY} on everything Gantry applies. */
    public static final String GANTRY = "gantry";
    /** The prefix of every label and annotation only Gantry sets. */
    public static final String PREFIX = "gantry.dev/";
    /** The environment the object was applied for. */
    public static final String ENVIRONMENT = PREFIX + "environment";
    /** The project's repository. */
    public static final String REPOSITORY = PREFIX + "repository";
    /** The project, within its repository. */
    public static final String PROJECT = PREFIX + "project";
    /** Annotation naming the release commit. */
    public static final String RELEASE = PREFIX + "release";

    private GantryLabels() {
    }

    /** The labels Gantry stamps on an object it applies for a project of an environment. */
    public static Map<String, String> of(String environment, String repository, String project) {
        return Map.of(MANAGED_BY, GANTRY, ENVIRONMENT, environment, REPOSITORY, repository, PROJECT, project);
    }

    /**
     * The owner the labels name, or null when they name none. Objects labelled before repository
     * and project were separate carry {@code gantry.dev/project=<repository>.<project>} and no
     * repository label; DNS labels hold no dot, so that form is read unambiguously.
     */
    public static Owner ownerOf(Map<?, ?> labels) {
        if (!GANTRY.equals(labels.get(MANAGED_BY)) || !(labels.get(ENVIRONMENT) instanceof String environment)
                || !(labels.get(PROJECT) instanceof String project)) {
            return null;
        }
        if (labels.get(REPOSITORY) instanceof String repository) {
            return new Owner(environment, repository, project);
        }
        int dot = project.indexOf('.');
        return dot < 0 ? null : new Owner(environment, project.substring(0, dot), project.substring(dot + 1));
    }

    /**
     * An environment and a project, as Gantry's labels name them.
     *
     * @param environment the environment
     * @param repository the project's repository
     * @param project the project
     */
    public record Owner(String environment, String repository, String project) {
        @Override
        public String toString() {
            return "project " + repository + "/" + project + " of environment " + environment;
        }
    }
}
