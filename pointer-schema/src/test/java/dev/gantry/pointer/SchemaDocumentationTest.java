package dev.gantry.pointer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every field the schemas define is described in the user docs, so docs cannot fall behind. */
class SchemaDocumentationTest {

    @ParameterizedTest(name = "{0} is fully described in {1}")
    @CsvSource({"RELEASE_POINTER, pointer-spec.md", "ENVIRONMENT, environment-spec.md", "PROJECT, release-spec.md"})
    void docsNameEveryFieldOfTheSchema(DocumentKind kind, String doc) throws IOException {
        String text = Files.readString(docs().resolve(doc));

        Set<String> fields = fieldNames(kind);

        assertThat(fields).isNotEmpty().contains("apiVersion", "kind", "metadata", "spec");
        assertThat(fields).allSatisfy(field -> assertThat(text).as("%s names `%s`", doc, field).contains("`" + field + "`"));
    }

    private static Path docs() {
        return Path.of(System.getProperty("gantry.docs", "../docs"));
    }

    private static Set<String> fieldNames(DocumentKind kind) throws IOException {
        try (InputStream in = SchemaDocumentationTest.class.getClassLoader().getResourceAsStream(kind.schemaResource())) {
            Set<String> names = new TreeSet<>();
            collect(JsonMapper.builder().build().readTree(in), names);
            return names;
        }
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                names.addAll(properties.propertyNames());
            }
            node.forEach(child -> collect(child, names));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, names));
        }
    }
}
