package dev.gantry.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** charts/README.md's values table lists exactly the keys of values.yaml, with their defaults. */
class ChartReadmeTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z.]+)` \\| `(.*)` \\|.*\\|$");

    @Test
    void valuesTableMatchesValuesYaml() throws IOException {
        Map<String, Object> documented = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(System.getProperty("gantry.chartReadme", "README.md")))) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                documented.put(row.group(1), parse(row.group(2)));
            }
        }

        assertThat(documented).isEqualTo(leaves("", values(), new LinkedHashMap<>()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> values() throws IOException {
        return (Map<String, Object>) parse(Files.readString(GantryChart.folder().resolve("values.yaml")));
    }

    /** Scalars, lists and empty maps are leaves; a non-empty map's keys are listed one by one. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> leaves(String prefix, Map<String, Object> values, Map<String, Object> into) {
        values.forEach((key, value) -> {
            if (value instanceof Map<?, ?> map && !map.isEmpty()) {
                leaves(prefix + key + ".", (Map<String, Object>) map, into);
            } else {
                into.put(prefix + key, value);
            }
        });
        return into;
    }

    private static Object parse(String yaml) {
        return new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }
}
