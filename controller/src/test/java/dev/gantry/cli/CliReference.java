package dev.gantry.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Generates {@code docs/cli.md} from the command line's own help: walks picocli's command tree
 * and runs {@code gantry ... --help} through {@link Gantry#run} for every command found, so a new
 * command appears without editing this class.
 */
final class CliReference {

    /** The command that rewrites {@code docs/cli.md}; printed when the file is out of date. */
    static final String REGENERATE = "mvn -B -o -q test -pl controller -am -Dtest=CliReferenceTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dgantry.regenerateDocs=true";

    /** Colours picocli adds when it thinks it writes to a terminal; the page must not depend on that. */
    private static final Pattern ANSI_STYLE = Pattern.compile("\u001B\\[[0-9;]*m");

    private CliReference() {
    }

    /** The whole Markdown page for gantry's current command tree. */
    static String generate() {
        List<List<String>> commands = commandPaths(new CommandLine(new GantryCommand(Map.of())));
        StringBuilder page = new StringBuilder(header(commands));
        for (List<String> command : commands) {
            page.append("\n## `").append(title(command)).append("`\n\n```text\n").append(help(command)).append("```\n");
        }
        return page.toString();
    }

    /**
     * Every visible command under {@code root}, depth first in declared order, each as the words
     * after the root's name ({@code []} for the root, {@code [release, build]}, ...); aliases once.
     */
    static List<List<String>> commandPaths(CommandLine root) {
        List<List<String>> paths = new ArrayList<>();
        walk(root, List.of(), paths);
        return paths;
    }

    /** What {@code gantry <command> --help} prints, with Unix line ends; fails unless it exits 0 with that command's usage. */
    static String help(List<String> command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = Stream.concat(command.stream(), Stream.of("--help")).toArray(String[]::new);
        int code = Gantry.run(new PrintWriter(out), new PrintWriter(err), Map.of(), args);
        if (code != ExitCode.OK) {
            throw new IllegalStateException("'" + title(command) + " --help' exited " + code
                    + ": every command needs mixinStandardHelpOptions = true\n" + err);
        }
        String help = ANSI_STYLE.matcher(out.toString().replace(System.lineSeparator(), "\n")).replaceAll("");
        if (!help.startsWith("Usage: " + title(command) + " ")) {
            throw new IllegalStateException("'" + title(command) + " --help' did not print that command's usage:\n" + help);
        }
        return help;
    }

    private static void walk(CommandLine command, List<String> path, List<List<String>> paths) {
        paths.add(path);
        Set<CommandLine> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (CommandLine sub : command.getSubcommands().values()) {
            if (seen.add(sub) && !sub.getCommandSpec().usageMessage().hidden()) {
                List<String> subPath = new ArrayList<>(path);
                subPath.add(sub.getCommandName());
                walk(sub, List.copyOf(subPath), paths);
            }
        }
    }

    private static String header(List<List<String>> commands) {
        StringBuilder header = new StringBuilder("""
                # Command-line reference

                <!-- Generated from each command's --help by controller/src/test/java/dev/gantry/cli/CliReference.java.
                     Do not edit; CliReferenceTest fails when this file differs. Regenerate with:
                     %s -->

                Every command of the `gantry` executable (`java -jar controller/target/gantry.jar`), exactly as
                its `--help` prints it. Exit codes everywhere: 0 success, 1 the input or state is wrong
                (validation failed, policy refused), 2 usage error, 3 an external system failed (git remote,
                registry, cluster); the failure's disposition decides between 1 and 3, see
                [concepts](concepts.md#failures-and-their-disposition). Where a command has `--output json`,
                that is the form for scripts.

                """.formatted(REGENERATE));
        for (List<String> command : commands) {
            String title = title(command);
            header.append("- [`").append(title).append("`](#").append(title.replace(' ', '-')).append(")\n");
        }
        return header.toString();
    }

    private static String title(List<String> command) {
        return String.join(" ", Stream.concat(Stream.of("gantry"), command.stream()).toList());
    }
}
