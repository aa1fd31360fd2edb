package dev.netlint.cli;

import static dev.netlint.cli.Devices.CLEAN;
import static dev.netlint.cli.Devices.overlap;
import static dev.netlint.cli.Devices.tree;
import static dev.netlint.cli.Devices.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The CI recipes of docs/ci.md, the GitHub Action (action.yml) and the pre-commit hook declaration: each
 * parses as its system reads it, names the reports its system shows, and each netlint command line in
 * them runs and writes those reports.
 */
class CiRecipesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern RECIPE = Pattern.compile("<!-- recipe: ([a-z-]+) -->\\n```(\\w+)\\n(.*?)\\n```", Pattern.DOTALL);
    static final String ACTION_VALIDATOR = "@action-validator/cli@0.6.0";

    static Map<String, String> recipes() throws IOException {
        Map<String, String> recipes = new LinkedHashMap<>();
        Matcher m = RECIPE.matcher(Files.readString(ROOT.resolve("docs/ci.md")));
        while (m.find()) {
            recipes.put(m.group(1), m.group(3));
        }
        return recipes;
    }

    private static Object yaml(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object node, Object... keys) {
        Object current = node;
        for (Object key : keys) {
            current = key instanceof Integer i ? ((List<Object>) current).get(i) : ((Map<String, Object>) current).get(key);
            assertThat(current).as("%s in %s", key, node).isNotNull();
        }
        return (T) current;
    }

    @Test
    void everyRecipeParsesAsItsSystemReadsIt() throws IOException {
        Map<String, String> recipes = recipes();
        assertThat(recipes).containsOnlyKeys("github", "gitlab", "jenkins", "azure", "pre-commit");

        Object github = yaml(recipes.get("github"));
        List<Map<String, Object>> steps = at(github, "jobs", "netlint", "steps");
        assertThat(steps).extracting(s -> s.get("uses")).contains("netlint/netlint@v0.1.0", "github/codeql-action/upload-sarif@v3");
        assertThat(at(github, "jobs", "netlint", "permissions", "security-events").toString()).isEqualTo("write");

        Object gitlab = yaml(recipes.get("gitlab"));
        assertThat(at(gitlab, "netlint", "artifacts", "reports", "codequality").toString()).isEqualTo("gl-code-quality-report.json");
        assertThat(at(gitlab, "netlint", "artifacts", "reports", "junit").toString()).isEqualTo("netlint-junit.xml");

        Object azure = yaml(recipes.get("azure"));
        List<Map<String, Object>> azureSteps = at(azure, "steps");
        assertThat(azureSteps).extracting(s -> s.get("task")).contains("PublishTestResults@2", "PublishBuildArtifacts@1");

        Object preCommit = yaml(recipes.get("pre-commit"));
        assertThat(at(preCommit, "repos", 0, "hooks", 0, "id").toString()).isEqualTo("netlint");

        // Groovy, no YAML: its blocks and strings close, and it feeds the two plugins
        String jenkins = recipes.get("jenkins");
        assertThat(jenkins.chars().filter(c -> c == '{').count()).isEqualTo(jenkins.chars().filter(c -> c == '}').count());
        assertThat(jenkins.split("'''", -1)).hasSize(3);
        assertThat(jenkins).contains("recordIssues tools: [checkStyle(pattern: 'netlint-checkstyle.xml'", "junit testResults: 'netlint-junit.xml'");
    }

    @Test
    void everyNetlintCommandOfTheRecipesWritesTheReportsItsSystemReads() throws IOException {
        Pattern command = Pattern.compile("bin/netlint (check [^\\n']*)");
        int commands = 0;
        for (Map.Entry<String, String> recipe : recipes().entrySet()) {
            Matcher m = command.matcher(recipe.getValue());
            while (m.find()) {
                commands++;
                Path dir = tree("ci-recipe-" + recipe.getKey() + "-" + commands);
                write(dir, "network/edge-01/device.yaml", overlap());
                write(dir, "network/edge-02/device.yaml", CLEAN);
                List<String> args = new ArrayList<>();
                List<Path> files = new ArrayList<>();
                for (String word : m.group(1).split(" ")) {
                    String arg = word.replace("$(Build.ArtifactStagingDirectory)", "staging");
                    if (arg.equals("network")) {
                        arg = dir.resolve(arg).toString();
                    } else if (arg.matches("[a-z]+:.+")) {
                        Path file = dir.resolve(arg.substring(arg.indexOf(':') + 1));
                        Files.createDirectories(file.getParent());
                        files.add(file);
                        arg = arg.substring(0, arg.indexOf(':') + 1) + file;
                    }
                    args.add(arg);
                }
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
                assertThat(code).as("%s: %s %s", recipe.getKey(), args, err).isEqualTo(Main.FINDINGS);
                assertThat(out.toString()).as(recipe.getKey()).contains("[pool-overlap]");
                assertThat(files).as(recipe.getKey()).isNotEmpty().allSatisfy(f -> assertThat(Files.readString(f)).contains("pool-overlap"));
            }
        }
        assertThat(commands).isEqualTo(3);
    }

    @Test
    void theActionIsACompositeThatAnnotatesAndWritesTheStepSummary() throws IOException {
        Object action = yaml(Files.readString(ROOT.resolve("action.yml")));
        assertThat(at(action, "runs", "using").toString()).isEqualTo("composite");
        List<Map<String, Object>> steps = at(action, "runs", "steps");
        String check = steps.stream().filter(s -> "check".equals(s.get("id"))).findFirst().orElseThrow().get("run").toString();
        assertThat(check).contains("--format github", "markdown:", "GITHUB_STEP_SUMMARY", "exit \"$code\"");
        String install = steps.get(0).get("run").toString();
        assertThat(install).contains("sha256sum -c", "linux-x64.tar.gz", "GITHUB_PATH");

        Object hooks = yaml(Files.readString(ROOT.resolve(".pre-commit-hooks.yaml")));
        assertThat(at(hooks, 0, "id").toString()).isEqualTo("netlint");
        assertThat(ROOT.resolve(at(hooks, 0, "entry").toString())).isExecutable();
    }

    /** action.yml and the GitHub recipe against the schemas GitHub reads them by, with action-validator from npm. */
    @Test
    void actionValidatorAcceptsTheActionAndTheWorkflow() throws Exception {
        String npx = SarifMultitoolTest.npxOrSkip();
        Path dir = tree("ci-action-validator");
        Path workflow = dir.resolve(".github/workflows/network.yml");
        Files.createDirectories(workflow.getParent());
        Files.writeString(workflow, recipes().get("github") + "\n");
        for (Path file : List.of(ROOT.resolve("action.yml"), workflow)) {
            Process p = new ProcessBuilder(npx, "--yes", ACTION_VALIDATOR, file.toString()).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                fail("action-validator did not finish on " + file);
            }
            assertThat(p.exitValue()).as("%s: %s", file, output).isZero();
        }
    }
}
