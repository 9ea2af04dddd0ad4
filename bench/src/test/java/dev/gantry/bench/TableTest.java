package dev.gantry.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void printsTheMachineThenOneMarkdownRowPerFigureWithPipesEscaped() {
        Table table = new Table("2 cores");
        table.add("change detection", "45 µs", "API: none");
        table.add("ratio a|b", "0.5", "git");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        table.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""

                machine: 2 cores

                | measured | figure | parts |
                |---|---:|---|
                | change detection | 45 µs | API: none |
                | ratio a\\|b | 0.5 | git |
                """);
    }
}
