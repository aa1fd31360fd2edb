package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.rule.RegisteredRule;
import dev.netlint.core.run.CheckRequest;
import dev.netlint.core.run.Netlint;
import dev.netlint.core.run.Outcome;
import dev.netlint.core.run.RequestOption;
import dev.netlint.core.run.TransitionRun;
import dev.netlint.core.run.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule page's "Example that fires" is checked as a user would check it, and must fire its own rule
 * with exactly the output the page shows under it (as Checkstyle checks its xdoc examples against the
 * checks). A {@code yaml} block in "How to fix" that is a whole device (not a fragment to paste) is the
 * example fixed: it must not fire the rule.
 *
 * <p>An example is one file, {@code device.yaml}, unless its lines {@code # file: NAME} split it into
 * several files of one device folder; a line {@code # link: NAME -> TARGET} makes a symbolic link in that
 * folder (and the target, when it does not exist, as a file of one line). A rule about a change has an
 * example of two files, {@code current.yaml} and {@code proposed.yaml}, judged as {@code netlint diff}
 * judges them. The output shown is the first line of each of the rule's findings
 * (and its {@code help:} line), as {@code netlint check} prints them, in a {@code text} block that follows
 * the marker comment. Run with {@code -Dnetlint.docs.write=true} to write the blocks into the source pages
 * instead of comparing (then read the diff: it is what users will see).
 */
class RulePageExamplesTest {

    static final String MARKER = "<!-- netlint check prints, for the example above (RulePageExamplesTest): -->";
    private static final Pattern SECTION = Pattern.compile("(?m)^## ");
    private static final Pattern YAML = Pattern.compile("(?s)```yaml\\n(.*?)```\\n");
    private static final Pattern SHOWN = Pattern.compile("(?s)" + Pattern.quote(MARKER) + "\\n```text\\n(.*?)```\\n");
    private static final Pattern WHOLE = Pattern.compile("(device|kubernetes):|# (file|link): ");
    private static final Pattern FILE = Pattern.compile("(?m)^# file: (\\S+)\\n");
    private static final Pattern LINK = Pattern.compile("(?m)^# link: (\\S+) -> (\\S+)\\n");
    private static final boolean WRITE = Boolean.getBoolean("netlint.docs.write");
    private static final Vocabulary WORDS = new Vocabulary() {
        @Override
        public String name(RequestOption option) {
            return option.name();
        }

        @Override
        public String ruleLevel(String ruleId) {
            return ruleId;
        }

        @Override
        public String ruleList() {
            return null;
        }

        @Override
        public String failing() {
            return "the check";
        }
    };

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyPageExampleFiresItsRuleAsShown() {
        return Fixtures.rules().all().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            String doc = rule.doc();
            String fires = section(doc, "## Example that fires");
            assertThat(fires).as("the example of %s", rule.id()).isNotNull();
            Matcher yaml = YAML.matcher(fires);
            assertThat(yaml.find()).as("a yaml block in the example of %s", rule.id()).isTrue();
            List<Finding> findings = check(rule.id() + "-fires", yaml.group(1));
            List<Finding> own = findings.stream().filter(f -> f.rule().equals(rule.id())).toList();
            String all = findings.stream().map(RulePageExamplesTest::shown).collect(Collectors.joining());
            assertThat(own).as("the example of %s fires it; it fired:%n%s", rule.id(), all).isNotEmpty();
            String output = own.stream().map(RulePageExamplesTest::shown).collect(Collectors.joining());
            if (WRITE) {
                write(rule, doc, yaml.end(), output);
            } else {
                Matcher shown = SHOWN.matcher(fires);
                assertThat(shown.find()).as("the output of the example of %s, under the marker", rule.id()).isTrue();
                assertThat(shown.group(1)).as("what the page of %s shows", rule.id()).isEqualTo(output);
            }
            String fix = section(doc, "## How to fix");
            Matcher fixed = fix == null ? null : YAML.matcher(fix);
            if (fixed != null && fixed.find() && WHOLE.matcher(fixed.group(1)).lookingAt()) {
                List<Finding> after = check(rule.id() + "-fixed", fixed.group(1));
                assertThat(after).as("the fixed example of %s", rule.id())
                        .noneMatch(f -> f.rule().equals(rule.id()));
            }
        }));
    }

    /** The text of a section, from its heading to the next one, or {@code null}. */
    static String section(String doc, String heading) {
        int start = doc.indexOf("\n" + heading + "\n");
        if (start < 0) {
            return null;
        }
        Matcher next = SECTION.matcher(doc);
        int end = next.find(start + heading.length() + 2) ? next.start() : doc.length();
        return doc.substring(start, end);
    }

    private List<Finding> check(String name, String example) throws Exception {
        Path device = Files.createDirectories(temp.resolve(name));
        Matcher link = LINK.matcher(example);
        while (link.find()) {
            Path target = device.resolve(link.group(2)).normalize();
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Files.writeString(target, "a line of a file outside the tree\n");
            }
            Files.createSymbolicLink(device.resolve(link.group(1)), Path.of(link.group(2)));
        }
        for (Map.Entry<String, String> file : files(LINK.matcher(example).replaceAll("")).entrySet()) {
            Files.writeString(device.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        if (Files.exists(device.resolve("current.yaml")) && Files.exists(device.resolve("proposed.yaml"))) {
            return transition(device);
        }
        Outcome outcome = Netlint.run(CheckRequest.builder()
                .workingDirectory(device)
                .paths(List.of(device))
                .withoutReports()
                .vocabulary(WORDS)
                .build());
        List<Finding> findings = new ArrayList<>();
        for (DeviceResult result : outcome.report().devices()) {
            findings.addAll(result.findings());
        }
        return findings;
    }

    /** A change rule's example: {@code current.yaml} to {@code proposed.yaml}, as {@code netlint diff} judges it. */
    private static List<Finding> transition(Path device) throws Exception {
        List<Path> sides = new ArrayList<>();
        for (String side : List.of("current", "proposed")) {
            Path folder = Files.createDirectories(device.resolve(side));
            Files.move(device.resolve(side + ".yaml"), folder.resolve(side + ".yaml"));
            sides.add(folder);
        }
        List<CheckRequest> requests = new ArrayList<>();
        for (Path side : sides) {
            requests.add(CheckRequest.builder().workingDirectory(side).paths(List.of(side)).withoutReports()
                    .filesAlone().keepingModels().vocabulary(WORDS).build());
        }
        return TransitionRun.run(requests.get(0), requests.get(1)).findings();
    }

    /** The files of an example: {@code device.yaml}, or those its {@code # file:} lines name. */
    static Map<String, String> files(String example) {
        Map<String, String> files = new LinkedHashMap<>();
        Matcher file = FILE.matcher(example);
        if (!file.find()) {
            files.put("device.yaml", example);
            return files;
        }
        String name = file.group(1);
        int from = file.end();
        while (file.find()) {
            files.put(name, example.substring(from, file.start()));
            name = file.group(1);
            from = file.end();
        }
        files.put(name, example.substring(from));
        return files;
    }

    static String shown(Finding f) {
        String line = Path.of(f.location().file()).getFileName() + ":" + f.location().line() + ":"
                + f.location().column() + ": " + f.severity().name().toLowerCase(Locale.ROOT) + ": " + f.message()
                + " [" + f.rule() + "]\n";
        return f.fix() == null ? line : line + "    help: " + f.fix() + "\n";
    }

    private static void write(RegisteredRule rule, String doc, int afterYamlInSection, String output) throws IOException {
        Path page = Path.of("..").resolve(rule.docSourcePath());
        String text = Files.readString(page, StandardCharsets.UTF_8);
        String block = MARKER + "\n```text\n" + output + "```\n";
        Matcher shown = SHOWN.matcher(text);
        if (shown.find()) {
            text = text.substring(0, shown.start()) + block + text.substring(shown.end());
        } else {
            int example = text.indexOf("\n## Example that fires\n");
            Matcher yaml = YAML.matcher(text);
            assertThat(yaml.find(example)).isTrue();
            text = text.substring(0, yaml.end()) + "\n" + block + text.substring(yaml.end());
        }
        Files.writeString(page, text, StandardCharsets.UTF_8);
    }
}
