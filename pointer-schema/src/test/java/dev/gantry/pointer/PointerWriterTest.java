package dev.gantry.pointer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Golden-file and error tests for {@link PointerWriter}: edits keep every byte they do not change. */
class PointerWriterTest {

    private static final String SHA_B = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678";
    private static final String DIGEST_B = "sha256:" + "2".repeat(64);

    @Test
    void keepsCommentsAndQuotingWhenReleaseIsPromoted() {
        assertGolden("promote-keeps-comments", PointerWriterTest::promote);
    }

    @Test
    void promotionChangesOnlyTheLinesThatCarryTheChangedValues() {
        String input = resource("promote-keeps-comments.input.yaml");

        String output = promote(PointerWriter.edit(input)).apply();

        LineDiff diff = LineDiff.between(input, output);
        assertThat(diff.removed()).containsExactly(
                "  release: 3f2c9d1e3f2c9d1e3f2c9d1e3f2c9d1e3f2c9d1e   # the canonical id",
                "  digest: \"sha256:" + "1".repeat(64) + "\"",
                "  aliases: { numeric: 42, tag: v1.2.3, branch: main-42 }",
                "  deployedBy: alice@example.com",
                "  deployedAt: \"2026-01-01T00:00:00Z\"",
                "  approvedBy: bob@example.com   # reviewer",
                "  approvedAt: '2026-01-01T00:10:00Z'");
        assertThat(diff.added()).hasSize(5);
        ReleasePointer promoted = new DocumentReader()
                .readPointer("release.yaml", output.getBytes(StandardCharsets.UTF_8)).value();
        assertThat(promoted.release()).isEqualTo(SHA_B);
        assertThat(promoted.aliases()).isEqualTo(new ReleasePointer.Aliases(43L, "v1.3.0", "main-43"));
        assertThat(promoted.approvedBy()).isNull();
    }

    @Test
    void removesTheLastEntryOfAFlowMappingWithItsComma() {
        String output = PointerWriter.edit("aliases: { numeric: 1, tag: v1 }  # x\nkind: K\n").remove("aliases.tag").apply();

        assertThat(output).isEqualTo("aliases: { numeric: 1 }  # x\nkind: K\n");
    }

    @Test
    void keepsTheByteOrderMarkAndDocumentMarkers() {
        String output = PointerWriter.edit("\uFEFF---\na: 1\nb: 2\n...\n").remove("a").set("c", "3x").apply();

        assertThat(output).isEqualTo("\uFEFF---\nb: 2\nc: 3x\n...\n");
        assertThat(PointerWriter.edit("\uFEFFa: 1\nb: 2\n").remove("a").apply()).isEqualTo("\uFEFFb: 2\n");
    }

    @Test
    void insertsMissingFieldAfterTheLastEntryWithTheSiblingsIndent() {
        assertGolden("set-missing-field-inserts-line", writer -> writer
                .set("spec.digest", "sha256:" + "1".repeat(64))
                .set("spec.deployedAt", "2026-01-01T00:00:00Z"));
    }

    @Test
    void insertsTheMissingParentMappingAsABlock() {
        assertGolden("set-missing-parent-inserts-block", writer -> writer
                .set("spec.aliases.numeric", 7)
                .set("spec.aliases.tag", "v0.7.0"));
    }

    @Test
    void removesApprovalWithItsWholeLinesAndTrailingComments() {
        assertGolden("remove-approval-deletes-lines", writer -> writer
                .remove("spec.approvedBy")
                .remove("spec.approvedAt"));
    }

    @Test
    void keepsCrlfLineEndingsWhenLinesAreReplacedInsertedAndRemoved() {
        assertGolden("crlf-line-endings", writer -> writer
                .set("spec.release", SHA_B)
                .remove("spec.approvedBy")
                .set("spec.digest", DIGEST_B));
    }

    @Test
    void editsAddsAndRemovesEntriesOfAFlowMapping() {
        assertGolden("flow-aliases-updated", writer -> writer
                .set("spec.aliases.tag", "v2.0.0")
                .set("spec.aliases.branch", "main-50")
                .remove("spec.aliases.numeric"));
    }

    @Test
    void keepsEachScalarsQuotingAndQuotesPlainValuesThatWouldReadAsSomethingElse() {
        assertGolden("quoted-styles-kept", writer -> writer
                .set("spec.release", SHA_B)
                .set("spec.digest", DIGEST_B)
                .set("spec.aliases.tag", "true")
                .set("spec.aliases.branch", "o'brien")
                .set("spec.deployedBy", "\"quoted\" \\ back\tslash"));
    }

    @Test
    void keepsTheMissingFinalLineBreakWhenAppendingALine() {
        assertGolden("no-trailing-newline", writer -> writer
                .set("spec.release", SHA_B)
                .set("spec.deployedAt", "2026-01-01T00:00:00Z"));
    }

    @Test
    void keepsTheMissingFinalLineBreakWhenRemovingTheLastLine() {
        assertGolden("remove-last-line-keeps-missing-newline", writer -> writer.remove("spec.approvedBy"));
    }

    @Test
    void findsSpansAfterCharactersOutsideTheBasicMultilingualPlane() {
        assertGolden("non-bmp-characters-before-edit", writer -> writer
                .set("spec.release", SHA_B)
                .set("spec.deployedBy", "😀 carol")
                .set("spec.aliases.tag", "v1-🚀"));
    }

    @Test
    void fillsInEmptyValuesAndEmptyFlowMappings() {
        assertGolden("empty-value-filled-in", writer -> writer
                .set("spec.deployedBy", "alice@example.com")
                .set("spec.aliases.numeric", 3));
    }

    @Test
    void removingTheOnlyFieldOfAMappingRemovesTheMapping() {
        assertGolden("remove-only-alias-removes-mapping", writer -> writer.remove("spec.aliases.tag"));
    }

    @Test
    void returnsTheTextUnchangedWithoutEditsOrWhenRemovingAMissingField() {
        String input = resource("promote-keeps-comments.input.yaml");

        assertThat(PointerWriter.edit(input).apply()).isEqualTo(input);
        assertThat(PointerWriter.edit(input).remove("spec.nothing").remove("status.phase").apply()).isEqualTo(input);
    }

    @Test
    void setMappingWithNoValuesRemovesTheMapping() {
        String input = resource("promote-keeps-comments.input.yaml");
        Map<String, Object> none = new LinkedHashMap<>();
        none.put("tag", null);

        String output = PointerWriter.edit(input).setMapping("spec.aliases", none).apply();

        assertThat(output).doesNotContain("aliases");
        assertThat(LineDiff.between(input, output).removed()).hasSize(1);
    }

    @Test
    void setMappingAddsABlockMappingWhenThePointerHasNone() {
        String input = "spec:\n  release: x\n";

        String output = PointerWriter.edit(input)
                .setMapping("spec.aliases", aliases(5, "v5", "main-5"))
                .apply();

        assertThat(output).isEqualTo("spec:\n  release: x\n  aliases:\n    numeric: 5\n    tag: v5\n    branch: main-5\n");
    }

    @Test
    void quotesNewValuesThatPlainYamlWouldReadAsAnotherTypeOrMisparse() {
        String output = PointerWriter.edit("a: x\n")
                .set("b", "42").set("c", "null").set("d", "yes").set("e", "a: b").set("f", "# no")
                .set("g", "x #y").set("h", "").set("i", " padded").set("j", "[1]").set("k", "line\nbreak")
                .set("l", "0x1F").set("m", "True").set("n", "${HOME}").set("o", "-1").set("p", "1.5")
                .apply();

        assertThat(output).isEqualTo("a: x\nb: \"42\"\nc: \"null\"\nd: \"yes\"\ne: \"a: b\"\nf: \"# no\"\n"
                + "g: \"x #y\"\nh: \"\"\ni: \" padded\"\nj: \"[1]\"\nk: \"line\\nbreak\"\n"
                + "l: \"0x1F\"\nm: \"True\"\nn: \"${HOME}\"\no: \"-1\"\np: \"1.5\"\n");
    }

    @Test
    void writesIntegersPlainEvenWhereAStringWasQuoted() {
        assertThat(PointerWriter.edit("n: \"41\"  # build\n").set("n", 42).apply()).isEqualTo("n: 42  # build\n");
    }

    @Test
    void applyingTwiceGivesTheSameResult() {
        PointerWriter writer = promote(PointerWriter.edit(resource("promote-keeps-comments.input.yaml")));

        assertThat(writer.apply()).isEqualTo(writer.apply());
    }

    @Test
    void refusesMoreThanOneDocument() {
        assertThatThrownBy(() -> PointerWriter.edit("release.yaml", "a: 1\n---\nb: 2\n"))
                .isInstanceOf(DocumentInvalidException.class)
                .hasMessageContaining("release.yaml:")
                .hasMessageContaining("more than one YAML document");
    }

    @Test
    void refusesARootThatIsNotAMapping() {
        assertThatThrownBy(() -> PointerWriter.edit("- a\n- b\n"))
                .isInstanceOf(DocumentInvalidException.class)
                .hasMessageContaining("the document is a sequence: expected a mapping of fields");
        assertThatThrownBy(() -> PointerWriter.edit("just text\n"))
                .isInstanceOf(DocumentInvalidException.class)
                .hasMessageContaining("expected a mapping");
    }

    @Test
    void refusesEmptyAndMalformedText() {
        assertThatThrownBy(() -> PointerWriter.edit("# only a comment\n"))
                .isInstanceOf(DocumentInvalidException.class)
                .hasMessageContaining("file is empty");
        assertThatThrownBy(() -> PointerWriter.edit("a: [1, 2\n"))
                .isInstanceOf(DocumentInvalidException.class)
                .hasMessageContaining("invalid YAML");
    }

    @Test
    void refusesToReplaceASequenceWithAScalarNamingTheFieldAndLine() {
        PointerWriter writer = PointerWriter.edit("p.yaml", "spec:\n  aliases:\n    - v1\n    - v2\n").set("spec.aliases", "v3");

        assertThatThrownBy(writer::apply)
                .isInstanceOf(DocumentInvalidException.class)
                .hasMessage("p.yaml:3:5: cannot set spec.aliases to a single value: it holds a sequence; remove it first");
    }

    @Test
    void refusesToAddAFieldUnderAScalar() {
        PointerWriter writer = PointerWriter.edit("spec:\n  release: abc\n").set("spec.release.short", "a");

        assertThatThrownBy(writer::apply)
                .isInstanceOf(DocumentInvalidException.class)
                .hasMessageContaining("cannot set spec.release.short: spec.release is a scalar, not a mapping");
    }

    @Test
    void refusesToReplaceABlockScalar() {
        PointerWriter writer = PointerWriter.edit("note: |\n  line one\n").set("note", "x");

        assertThatThrownBy(writer::apply)
                .isInstanceOf(DocumentInvalidException.class)
                .hasMessageContaining("cannot set note: it is a block scalar");
    }

    @Test
    void refusesToRemoveTheDocumentsOnlyField() {
        PointerWriter writer = PointerWriter.edit("spec:\n  release: abc\n").remove("spec.release");

        assertThatThrownBy(writer::apply)
                .isInstanceOf(DocumentInvalidException.class)
                .hasMessageContaining("cannot remove spec: it is the document's only field");
    }

    @Test
    void refusesAnchorsBecauseAnAliasHasNoSpanOfItsOwn() {
        assertThatThrownBy(() -> PointerWriter.edit("a: &x v\nb: *x\n"))
                .isInstanceOf(DocumentInvalidException.class)
                .hasMessageContaining("anchor &x is not supported");
    }

    @Test
    void refusesMalformedPathsAndValues() {
        PointerWriter writer = PointerWriter.edit("a: 1\n");

        assertThatThrownBy(() -> writer.set("spec..release", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("field path 'spec..release' is not valid");
        assertThatThrownBy(() -> writer.remove(""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.setMapping("spec.aliases", Map.of("numeric", 1.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot write spec.aliases.numeric: a Double value is not supported");
    }

    private static PointerWriter promote(PointerWriter writer) {
        return writer
                .set("spec.release", SHA_B)
                .set("spec.digest", DIGEST_B)
                .setMapping("spec.aliases", aliases(43, "v1.3.0", "main-43"))
                .set("spec.deployedBy", "carol@example.com")
                .set("spec.deployedAt", "2026-02-01T09:30:00Z")
                .remove("spec.approvedBy")
                .remove("spec.approvedAt");
    }

    private static Map<String, Object> aliases(long numeric, String tag, String branch) {
        Map<String, Object> aliases = new LinkedHashMap<>();
        aliases.put("numeric", numeric);
        aliases.put("tag", tag);
        aliases.put("branch", branch);
        return aliases;
    }

    private static void assertGolden(String name, UnaryOperator<PointerWriter> edits) {
        String input = resource(name + ".input.yaml");
        String expected = resource(name + ".expected.yaml");

        String output = edits.apply(PointerWriter.edit("writer/" + name + ".input.yaml", input)).apply();

        assertThat(output).as(name).isEqualTo(expected);
        assertThat(output.getBytes(StandardCharsets.UTF_8)).as(name).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    }

    private static String resource(String name) {
        try (InputStream in = PointerWriterTest.class.getResourceAsStream("/writer/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource writer/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines only in the old text and lines only in the new one, by longest common subsequence. */
    private record LineDiff(List<String> removed, List<String> added) {

        static LineDiff between(String before, String after) {
            String[] a = before.split("\r?\n", -1);
            String[] b = after.split("\r?\n", -1);
            int[][] common = new int[a.length + 1][b.length + 1];
            for (int i = a.length - 1; i >= 0; i--) {
                for (int j = b.length - 1; j >= 0; j--) {
                    common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
                }
            }
            List<String> removed = new ArrayList<>();
            List<String> added = new ArrayList<>();
            int i = 0;
            int j = 0;
            while (i < a.length || j < b.length) {
                if (i < a.length && j < b.length && a[i].equals(b[j])) {
                    i++;
                    j++;
                } else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
                    added.add(b[j++]);
                } else {
                    removed.add(a[i++]);
                }
            }
            return new LineDiff(removed, added);
        }
    }
}
