package dev.gantry.pointer;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checks a located tree against its kind's JSON Schema and turns each failure into a located problem. */
final class SchemaValidator {

    private static final SchemaValidator INSTANCE = new SchemaValidator();

    private final Map<DocumentKind, Schema> schemas = new EnumMap<>(DocumentKind.class);
    private final Map<DocumentKind, SchemaErrorTranslator> translators = new EnumMap<>(DocumentKind.class);

    private SchemaValidator() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .errorMessageKeyword("message")
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        JsonMapper mapper = JsonMapper.builder().build();
        for (DocumentKind kind : DocumentKind.values()) {
            JsonNode schemaJson = load(mapper, kind.schemaResource());
            schemas.put(kind, registry.getSchema(schemaJson));
            translators.put(kind, new SchemaErrorTranslator(FieldIndex.of(schemaJson)));
        }
    }

    static SchemaValidator instance() {
        return INSTANCE;
    }

    /** Every schema problem of the tree, or only the {@code apiVersion}/{@code kind} ones when those are wrong. */
    List<Problem> validate(DocumentKind kind, String path, LocatedTree tree) {
        List<Error> errors = schemas.get(kind).validate(tree.root());
        List<Error> identity = errors.stream().filter(SchemaValidator::isIdentityError).toList();
        SchemaErrorTranslator translator = translators.get(kind);
        return (identity.isEmpty() ? errors : identity).stream()
                .map(error -> translator.translate(error, path, tree))
                .sorted()
                .toList();
    }

    private static boolean isIdentityError(Error error) {
        String pointer = SchemaErrorTranslator.pointer(error.getInstanceLocation());
        String property = error.getProperty();
        return pointer.equals("/apiVersion") || pointer.equals("/kind")
                || (pointer.isEmpty() && ("apiVersion".equals(property) || "kind".equals(property))
                        && "required".equals(error.getKeyword()))
                || (pointer.isEmpty() && "type".equals(error.getKeyword()));
    }

    private static JsonNode load(JsonMapper mapper, String resource) {
        try (InputStream in = SchemaValidator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing from the classpath: " + resource);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema resource " + resource, e);
        }
    }
}
