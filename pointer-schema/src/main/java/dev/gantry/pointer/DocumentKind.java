package dev.gantry.pointer;

/** The kinds of document a GitOps repository holds, each with its JSON Schema. */
public enum DocumentKind {

    /** {@code environments/<env>/<repository>/<project>/release.yaml}. */
    RELEASE_POINTER("ReleasePointer", "release-pointer.schema.json"),

    /** {@code environments/<env>/environment.yaml}. */
    ENVIRONMENT("Environment", "environment.schema.json"),

    /** {@code <project folder>/gantry.yaml} in a source repository. */
    PROJECT("Project", "project.schema.json");

    /** The classpath folder holding the schemas: their stable location. */
    public static final String SCHEMA_FOLDER = "dev/gantry/schema/v1/";

    /** The {@code apiVersion} every document carries. */
    public static final String API_VERSION = "gantry.dev/v1";

    private final String kind;
    private final String schemaFile;

    DocumentKind(String kind, String schemaFile) {
        this.kind = kind;
        this.schemaFile = schemaFile;
    }

    /** The value of the document's {@code kind} field. */
    public String kind() {
        return kind;
    }

    /** The classpath resource of the JSON Schema for this kind. */
    public String schemaResource() {
        return SCHEMA_FOLDER + schemaFile;
    }
}
