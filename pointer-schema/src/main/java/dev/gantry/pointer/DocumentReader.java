package dev.gantry.pointer;

import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads release pointers and environments from YAML, strictly.
 *
 * <p>Every failure, from malformed YAML to a schema violation, is a {@link DocumentInvalidException}
 * whose problems name the file, line and column; nothing else escapes for bad input.
 */
public final class DocumentReader {

    private final YamlTreeReader yaml;

    /** A reader with {@link YamlLimits#DEFAULT}. */
    public DocumentReader() {
        this(YamlLimits.DEFAULT);
    }

    /** A reader with the given limits. */
    public DocumentReader(YamlLimits limits) {
        this.yaml = new YamlTreeReader(limits);
    }

    /**
     * Reads a release pointer.
     *
     * @param path the file's path relative to the repository root, used in problems
     * @param content the file's bytes
     * @return the pointer with the positions of its fields
     * @throws DocumentInvalidException when the file is not a valid pointer
     */
    public ParsedDocument<ReleasePointer> readPointer(String path, byte[] content) {
        return read(DocumentKind.RELEASE_POINTER, path, content, DocumentMapper::pointer);
    }

    /**
     * Reads an environment.
     *
     * @param path the file's path relative to the repository root, used in problems
     * @param content the file's bytes
     * @return the environment with the positions of its fields
     * @throws DocumentInvalidException when the file is not a valid environment
     */
    public ParsedDocument<Environment> readEnvironment(String path, byte[] content) {
        return read(DocumentKind.ENVIRONMENT, path, content, DocumentMapper::environment);
    }

    /**
     * Reads a project descriptor ({@code gantry.yaml}).
     *
     * @param path the file's path, used in problems
     * @param content the file's bytes
     * @return the project with the positions of its fields
     * @throws DocumentInvalidException when the file is not a valid project descriptor
     */
    public ParsedDocument<Project> readProject(String path, byte[] content) {
        return read(DocumentKind.PROJECT, path, content, ProjectMapper::project);
    }

    private <T> ParsedDocument<T> read(DocumentKind kind, String path, byte[] content, Function<JsonNode, T> mapper) {
        LocatedTree tree = yaml.read(path, content);
        List<Problem> problems = SchemaValidator.instance().validate(kind, path, tree);
        if (!problems.isEmpty()) {
            throw new DocumentInvalidException(problems);
        }
        try {
            return new ParsedDocument<>(path, mapper.apply(tree.root()), tree.valuePositions());
        } catch (FieldValueException e) {
            throw new DocumentInvalidException(new Problem(path, tree.nearestValue(e.pointer()), e.getMessage()));
        }
    }
}
