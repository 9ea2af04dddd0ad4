package dev.gantry.cli;

import dev.gantry.pointer.Problem;
import dev.gantry.pointer.RepositoryValidator;
import dev.gantry.pointer.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code gantry validate}: checks every pointer and environment file of a GitOps repository. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = GantryVersion.class,
        description = {
            "Check a GitOps repository: every environments/<env>/environment.yaml and",
            "environments/<env>/<repository>/<project>/release.yaml against its schema, and the",
            "rules across files (folders match metadata, promotesFrom exists and does not loop,",
            "approval-required environments carry an approver's approvedBy).",
            "",
            "Problems are printed one per line as PATH:LINE:COL: message, PATH relative to the",
            "repository root, sorted, so editors and CI can annotate them."
        },
        footer = {
            "",
            "Examples:",
            "  gantry validate --repo gitops-repo-template",
            "  gantry validate --output json | jq '.problems[].message'",
            "",
            "Exit codes: 0 valid, 1 problems found, 2 usage error."
        })
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "Root of the GitOps repository checkout (default: the current folder).")
    private Path repo;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (one line per problem) or json. Default: ${DEFAULT-VALUE}.")
    private OutputFormat output;

    @Override
    public Integer call() {
        if (!Files.isDirectory(repo)) {
            throw new ParameterException(spec.commandLine(), "--repo " + repo + " is not a folder");
        }
        ValidationReport report = new RepositoryValidator().validate(repo);
        PrintWriter out = spec.commandLine().getOut();
        if (output == OutputFormat.JSON) {
            out.println(JsonMapper.builder().build().writeValueAsString(json(report)));
        } else {
            printText(report, out, spec.commandLine().getErr());
        }
        return report.valid() ? ExitCode.OK : ExitCode.INVALID;
    }

    private static void printText(ValidationReport report, PrintWriter out, PrintWriter err) {
        String checked = count(report.environments(), "environment") + " and " + count(report.pointers(), "pointer");
        if (report.valid()) {
            out.println("valid: " + checked);
            return;
        }
        report.problems().forEach(problem -> out.println(problem.render()));
        err.println(count(report.problems().size(), "problem") + " in " + checked);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static Map<String, Object> json(ValidationReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("valid", report.valid());
        json.put("environments", report.environments());
        json.put("pointers", report.pointers());
        json.put("problems", problems(report.problems()));
        return json;
    }

    private static List<Map<String, Object>> problems(List<Problem> problems) {
        return problems.stream().map(problem -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("path", problem.path());
            json.put("line", problem.position().line());
            json.put("column", problem.position().column());
            json.put("message", problem.message());
            return json;
        }).toList();
    }
}
