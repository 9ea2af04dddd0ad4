package dev.gantry.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bounds that the entry points' tests do not reach: recursion, expansion within the alias cap, totals across files. */
class ManifestYamlTest {

    private static final ManifestLimits SMALL = new ManifestLimits(1024, 8, 4, 3, 100, 200);

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryDocumentOfAFileWithEmptyOnesAsNull() {
        List<Object> documents = new ManifestYaml().documents("a.yaml", utf8("a: 1\n---\n---\nb: [x]\n"));

        assertThat(documents).containsExactly(Map.of("a", 1), null, Map.of("b", List.of("x")));
    }

    @Test
    void refusesARecursiveAliasAsNestingRatherThanOverflowingTheStack() {
        assertThatThrownBy(() -> new ManifestYaml().documents("loop.yaml", utf8("loop: &loop [*loop]\n")))
                .isInstanceOf(ManifestInvalidException.class)
                .hasMessage("loop.yaml:1:1: nesting deeper than 128 levels once aliases are expanded");
    }

    @Test
    void refusesADocumentThatAliasesExpandBeyondItsSize() {
        String x = "x".repeat(30);
        String doubling = "a: &a [" + x + ", " + x + "]\nb: &b [*a, *a]\nc: [*b, *b]\n";

        assertThatThrownBy(() -> new ManifestYaml(SMALL).documents("x.yaml", utf8(doubling)))
                .isInstanceOf(ManifestInvalidException.class)
                .hasMessage("x.yaml:1:1: the document is larger than 200 characters once aliases are expanded");
    }

    /**
     * One scalar just under the file limit, the attacker trial's input: it used to cost minutes of
     * CPU before this refusal (the scanner's window was refilled 1 KiB at a time, copying the
     * whole scalar each time); measured here at about half a second. Not timed: only the outcome.
     */
    @Test
    void refusesAFifteenMebibyteScalarByTheDocumentSize() {
        byte[] huge = utf8("data:\n  x: \"" + "A".repeat(15 << 20) + "\"\n");

        assertThatThrownBy(() -> new ManifestYaml().documents("p.yaml", huge))
                .isInstanceOf(ManifestInvalidException.class)
                .hasMessage("p.yaml:1:1: the document is larger than 8388608 characters once aliases are expanded");
    }

    @Test
    void countsDocumentsAndNodesAcrossTheFilesOfOneReader() {
        ManifestYaml yaml = new ManifestYaml(SMALL);
        yaml.documents("one.yaml", utf8("a: 1\n---\nb: 2\n"));

        assertThatThrownBy(() -> yaml.documents("two.yaml", utf8("c: 3\n---\nd: 4\n")))
                .isInstanceOf(ManifestInvalidException.class)
                .hasMessageStartingWith("two.yaml:2:1: more than 3 YAML documents");
        assertThatThrownBy(() -> new ManifestYaml(SMALL).documents("big.yaml", utf8("a: [" + "1, ".repeat(120) + "1]\n")))
                .isInstanceOf(ManifestInvalidException.class)
                .hasMessageStartingWith("big.yaml:1:1: more than 100 nodes once aliases are expanded");
    }

    @Test
    void refusesAFileOverItsSizeOrNotUtf8OrWithADuplicateKey() {
        ManifestYaml yaml = new ManifestYaml(SMALL);

        assertThatThrownBy(() -> yaml.documents("big.yaml", new byte[1025]))
                .hasMessage("big.yaml:1:1: file is 1025 bytes; the limit is 1024 bytes");
        assertThatThrownBy(() -> yaml.documents("latin1.yaml", new byte[] {'a', ':', ' ', (byte) 0xE9}))
                .hasMessage("latin1.yaml:1:1: file is not valid UTF-8");
        assertThatThrownBy(() -> yaml.documents("twice.yaml", utf8("a: 1\na: 2\n")))
                .isInstanceOf(ManifestInvalidException.class)
                .hasMessageStartingWith("twice.yaml:2:1: invalid YAML: found duplicate key a");
    }
}
