package dev.gantry.pointer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** Every string {@link PointerWriter} writes, in every quoting style, reads back as that same string. */
class PointerWriterRoundTripTest {

    private static final List<String> TRICKY = List.of(
            "", " ", "a", "'", "\"", "\\", "a'b", "it's \"x\"", "#", "a #b", "a#b", "a: b", "a:b", "a:", ":",
            "-", "- x", "-x", "?", "? x", "@x", "`x", "%x", "!x", "&x", "*x", "|", ">", "{", "}", "[", "]",
            ",", "a,b", "a, b", "\t", "a\tb", "\n", "a\nb", "a\r\nb", "line\n", "\u0000", "\u0007", "\u007F",
            "\u0085", "\u00A0x", "\u2028", "\u2029", "\uFEFF", "é", "😀", "a😀b", "null", "Null", "~", "true",
            "True", "FALSE", "yes", "No", "on", "OFF", "y", "1", "-1", "+1", "01", "0x10", "0o7", "1_000",
            "1e3", "1.5", ".5", ".inf", "-.Inf", ".NaN", "2026-01-01", "2026-01-01T00:00:00Z", "${X}",
            "${X:-y}", "...", "---", "a  b", "trailing ", " leading", "<<", "=", "a\\nb", "v1.2.3",
            "alice@example.com", "sha256:" + "0".repeat(64), "3f2c9d1e3f2c9d1e3f2c9d1e3f2c9d1e3f2c9d1e",
            "1234567890123456789012345678901234567890", "1234e5", "main-42");

    static Stream<Arguments> valuesInEachStyle() {
        return Stream.of("plain", "'single'", "\"double\"", "", "{ v: flow }")
                .flatMap(original -> TRICKY.stream().map(value -> Arguments.of(original, value)));
    }

    @ParameterizedTest(name = "[{index}] {0} <- {1}")
    @MethodSource("valuesInEachStyle")
    void writtenValueReadsBackAsTheSameStringUnderJsonAndCoreSchemas(String original, String value) {
        boolean flow = original.startsWith("{");
        String field = flow ? "spec.v.v" : "spec.v";
        String input = "spec:\n  v: " + original + "   # note\n  w: after\n";

        String output = PointerWriter.edit(input).set(field, value).set("spec.added", value).apply();

        for (LoadSettings settings : List.of(LoadSettings.builder().build(),
                LoadSettings.builder().setSchema(new CoreSchema()).build())) {
            Map<?, ?> spec = (Map<?, ?>) ((Map<?, ?>) new Load(settings).loadFromString(output)).get("spec");
            Object read = flow ? ((Map<?, ?>) spec.get("v")).get("v") : spec.get("v");
            assertThat(read).as(output).isEqualTo(value);
            assertThat(spec.get("added")).as(output).isEqualTo(value);
            assertThat(spec.get("w")).as(output).isEqualTo("after");
        }
        assertThat(output).contains("   # note\n  w: after\n");
    }
}
