package dev.gantry.pointer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Feeds arbitrary bytes and arbitrary YAML to the reader: only {@link DocumentInvalidException}
 * may come out. Time is not asserted here (a wall-clock bound fails at random on a loaded machine);
 * the reader's size, depth, alias and node limits that keep it fast are tested in their own tests,
 * and Jazzer's own per-input timeout reports a hang while fuzzing.
 *
 * <p>A normal test run replays the seed inputs under {@code src/test/resources/dev/gantry/pointer/
 * DocumentReaderFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes for the given duration instead.
 */
class DocumentReaderFuzzTest {

    private final DocumentReader reader = new DocumentReader();

    @FuzzTest(maxDuration = "30s")
    void arbitraryBytesGiveOnlyTypedErrors(byte[] bytes) {
        readBoth(bytes);
    }

    @FuzzTest(maxDuration = "30s")
    void arbitraryYamlGivesOnlyTypedErrors(FuzzedDataProvider data) {
        readBoth(YamlShapes.generate(data).getBytes(StandardCharsets.UTF_8));
    }

    private void readBoth(byte[] bytes) {
        readQuietly(() -> reader.readPointer("environments/dev/a/b/release.yaml", bytes));
        readQuietly(() -> reader.readEnvironment("environments/dev/environment.yaml", bytes));
    }

    private static void readQuietly(Runnable read) {
        try {
            read.run();
        } catch (DocumentInvalidException expected) {
            assertThat(expected.problems()).isNotEmpty()
                    .allSatisfy(problem -> assertThat(problem.position().line()).isPositive());
        }
    }
}
