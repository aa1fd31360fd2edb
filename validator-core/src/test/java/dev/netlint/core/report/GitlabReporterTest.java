package dev.netlint.core.report;

import static dev.netlint.core.report.ReportsFixture.HOSTILE;
import static dev.netlint.core.report.ReportsFixture.render;
import static dev.netlint.core.testing.Json.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.testing.TestDevices;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * GitLab Code Quality as GitLab's documentation ("Code Quality", the implementation of a custom tool)
 * lists what it reads: an array of objects, each with {@code description}, {@code check_name},
 * {@code fingerprint} (unique), {@code severity} (one of {@code info}, {@code minor}, {@code major},
 * {@code critical}, {@code blocker}), {@code location.path} and {@code location.lines.begin}.
 */
class GitlabReporterTest {

    private static final Set<String> SEVERITIES = Set.of("info", "minor", "major", "critical", "blocker");

    @TempDir
    Path root;

    private static List<Map<String, Object>> issues(String json) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(json);
    }

    @Test
    void eachCountedFindingIsAnIssueWithTheFieldsGitlabReads() {
        List<Map<String, Object>> issues = issues(render(new GitlabReporter(), TestDevices.check(ReportsFixture.tree(root))));

        assertThat(issues).as("B is suppressed: not an issue").hasSize(2);
        Set<String> fingerprints = new HashSet<>();
        for (Map<String, Object> issue : issues) {
            assertThat(issue.get("description")).isInstanceOf(String.class);
            assertThat(issue.get("check_name")).isEqualTo("test-pool-names");
            assertThat(SEVERITIES).contains((String) issue.get("severity"));
            assertThat((String) at(issue, "location", "path")).isEqualTo("broken/device.yaml");
            assertThat((Integer) at(issue, "location", "lines", "begin")).isPositive();
            assertThat(fingerprints.add((String) issue.get("fingerprint"))).as("fingerprints are unique").isTrue();
        }
        assertThat(issues).extracting(i -> i.get("description")).containsExactly("pool A", "pool " + HOSTILE);
        assertThat(issues).extracting(i -> at(i, "location", "lines", "begin")).containsExactly(8, 10);
        assertThat(issues.get(0)).containsEntry("severity", "major").containsEntry("type", "issue");
    }

    @Test
    void fingerprintsSurviveMovedLinesAndStayUniqueOnOnePointer() {
        TestDevices.write(root, "d/device.yaml", TestDevices.pools("A"));
        String before = (String) issues(render(new GitlabReporter(), TestDevices.check(root))).get(0).get("fingerprint");
        TestDevices.write(root, "d/device.yaml", "# a comment moves every line\n" + TestDevices.pools("A"));
        String after = (String) issues(render(new GitlabReporter(), TestDevices.check(root))).get(0).get("fingerprint");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void severitiesMapOntoCodeClimates() {
        assertThat(GitlabReporter.severity(Severity.ERROR)).isEqualTo("major");
        assertThat(GitlabReporter.severity(Severity.WARNING)).isEqualTo("minor");
        assertThat(GitlabReporter.severity(Severity.INFO)).isEqualTo("info");
    }

    @Test
    void aCleanRunIsAnEmptyArray() {
        TestDevices.write(root, "clean/device.yaml", "device:\n  network:\n    vSwitches: []\n");
        assertThat(render(new GitlabReporter(), TestDevices.check(root))).isEqualTo("[]\n");
    }
}
