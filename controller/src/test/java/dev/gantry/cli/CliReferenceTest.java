package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Keeps {@code docs/cli.md} equal to what the commands' own help prints. */
class CliReferenceTest {

    private static final Path CLI_MD = Path.of(System.getProperty("gantry.docs", "../docs"), "cli.md");

    @Test
    void docsCliMdIsWhatEveryCommandsHelpPrints() throws IOException {
        String generated = CliReference.generate();
        if (Boolean.getBoolean("gantry.regenerateDocs")) {
            Files.writeString(CLI_MD, generated);
        }
        String current = Files.exists(CLI_MD) ? Files.readString(CLI_MD) : "";

        if (!current.equals(generated)) {
            fail("docs/cli.md differs from the commands' --help (" + firstDifference(current, generated)
                    + "); regenerate it with:\n  " + CliReference.REGENERATE);
        }
    }

    @Test
    void findsEveryCommandOfGantrysTree() {
        List<List<String>> commands = CliReference.commandPaths(new CommandLine(new GantryCommand(Map.of())));

        assertThat(commands).startsWith(List.of()).contains(List.of("validate"), List.of("release"),
                List.of("release", "build"), List.of("release", "pull"), List.of("release", "inspect"), List.of("serve"));
    }

    @Test
    void findsNestedCommandsOnceEachWithoutAliasesOrHiddenOnes() {
        List<List<String>> commands = CliReference.commandPaths(new CommandLine(new Root()));

        assertThat(commands).containsExactly(List.of(), List.of("outer"), List.of("outer", "inner"), List.of("other"));
    }

    @Test
    void pageHasASectionWithTheHelpOfEachCommand() {
        String page = CliReference.generate();

        assertThat(page).contains("## `gantry release build`\n\n```text\nUsage: gantry release build ")
                .contains("- [`gantry release build`](#gantry-release-build)")
                .doesNotContain("\u001B[");
    }

    @Test
    void refusesHelpThatIsNotTheCommandsOwnUsage() {
        assertThatThrownBy(() -> CliReference.help(List.of("no-such-command")))
                .hasMessageStartingWith("'gantry no-such-command --help' did not print that command's usage");
    }

    private static String firstDifference(String current, String generated) {
        List<String> was = current.lines().toList();
        List<String> now = generated.lines().toList();
        for (int i = 0; i < Math.min(was.size(), now.size()); i++) {
            if (!was.get(i).equals(now.get(i))) {
                return "line " + (i + 1) + ": has '" + was.get(i) + "', help gives '" + now.get(i) + "'";
            }
        }
        return current.isEmpty() ? "the file is missing or empty" : "it has " + was.size() + " lines, help gives " + now.size();
    }

    @Command(name = "root", mixinStandardHelpOptions = true, subcommands = {Outer.class, Other.class, Hidden.class})
    static final class Root {
    }

    @Command(name = "outer", aliases = "o", subcommands = Inner.class)
    static final class Outer {
    }

    @Command(name = "inner")
    static final class Inner {
    }

    @Command(name = "other")
    static final class Other {
    }

    @Command(name = "secret", hidden = true)
    static final class Hidden {
    }
}
