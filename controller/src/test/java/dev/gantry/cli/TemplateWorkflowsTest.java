package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine;

/** The template's CI files are valid YAML, run on every pull/merge request, and call only gantry commands and options that exist. */
class TemplateWorkflowsTest {

    private static final Path TEMPLATE = Path.of(System.getProperty("gantry.template", "../gitops-repo-template"));
    private static final Pattern INVOCATION = Pattern.compile("\\bgantry(?:\\[@]}\")?\\s+([a-z][a-z-]*)(.*)");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*");

    private final CommandLine gantry = new CommandLine(new GantryCommand(Map.of()));

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String path) throws IOException {
        return (Map<String, Object>) new Load(LoadSettings.builder().setLabel(path).build())
                .loadFromString(Files.readString(TEMPLATE.resolve(path)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void gitHubWorkflowRunsValidateAndDiffOnEveryPullRequest() throws IOException {
        Map<String, Object> workflow = yaml(".github/workflows/gantry.yaml");

        assertThat((Map<String, Object>) workflow.get("on")).containsKey("pull_request");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>)
                workflow.get("jobs")).get("check")).get("steps");
        List<String> runs = steps.stream().map(step -> (String) step.get("run")).filter(run -> run != null).toList();
        assertThat(String.join("\n", runs)).contains("ci/install-gantry.sh", "gantry validate --repo .",
                "ci/diff-changed-pointers.sh \"$BASE_SHA\"");
        assertThat(steps).anySatisfy(step -> assertThat(step.get("with")).isEqualTo(Map.of("fetch-depth", 0)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void gitLabPipelineRunsValidateAndDiffOnEveryMergeRequest() throws IOException {
        Map<String, Object> pipeline = yaml(".gitlab-ci.yml");

        List<Map<String, Object>> rules = (List<Map<String, Object>>) ((Map<String, Object>) pipeline.get("workflow")).get("rules");
        assertThat(rules).singleElement().satisfies(rule -> assertThat(rule.get("if"))
                .isEqualTo("$CI_PIPELINE_SOURCE == \"merge_request_event\""));
        Map<String, Object> job = (Map<String, Object>) pipeline.get("gantry");
        assertThat(String.join("\n", (List<String>) job.get("before_script"))).contains("ci/install-gantry.sh");
        assertThat(String.join("\n", (List<String>) job.get("script"))).contains("gantry validate --repo .",
                "ci/diff-changed-pointers.sh \"$CI_MERGE_REQUEST_DIFF_BASE_SHA\"");
    }

    @Test
    void everyGantryCallInTheCiFilesNamesACommandAndOptionsThatExist() throws IOException {
        List<String> calls = new ArrayList<>();
        for (String path : List.of(".github/workflows/gantry.yaml", ".gitlab-ci.yml", "ci/diff-changed-pointers.sh")) {
            for (String line : Files.readAllLines(TEMPLATE.resolve(path))) {
                Matcher call = INVOCATION.matcher(line);
                if (!line.strip().startsWith("#") && call.find()) {
                    calls.add(call.group(1));
                    assertOptionsExist(call.group(1), call.group(2));
                }
            }
        }
        assertThat(calls).contains("validate", "diff");
    }

    @Test
    void theDiffScriptPassesOnlyOptionsOfGantryDiff() throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(TEMPLATE.resolve("ci/diff-changed-pointers.sh"))) {
            if (line.strip().matches("(args|registry)=\\(.*")) {
                OPTION.matcher(line).results().forEach(option -> options.add(option.group()));
            }
        }

        assertThat(options).contains("--release", "--env", "--from", "--to", "--registry");
        options.forEach(option -> assertOptionsExist("diff", option));
    }

    @Test
    void theCiScriptsAreExecutable() {
        assertThat(TEMPLATE.resolve("ci/install-gantry.sh")).isExecutable();
        assertThat(TEMPLATE.resolve("ci/diff-changed-pointers.sh")).isExecutable();
    }

    private void assertOptionsExist(String command, String rest) {
        assertThat(gantry.getSubcommands()).as("gantry commands").containsKey(command);
        CommandLine subcommand = gantry.getSubcommands().get(command);
        OPTION.matcher(rest).results().map(option -> option.group()).forEach(option ->
                assertThat(subcommand.getCommandSpec().optionsMap()).as("options of gantry " + command).containsKey(option));
    }
}
